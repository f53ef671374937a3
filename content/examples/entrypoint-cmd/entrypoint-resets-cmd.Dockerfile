FROM python:3.12-slim
WORKDIR /app
COPY calculator.py .
USER 10001
# Setting ENTRYPOINT drops the CMD ["python3"] inherited from python:3.12-slim.
ENTRYPOINT ["python3", "-u"]
