FROM python:3.12-slim
WORKDIR /app
COPY calculator.py .
USER 10001
ENTRYPOINT ["python3", "-u"]
# Written in this stage, so it counts (before or after ENTRYPOINT, either works).
CMD ["calculator.py"]
