FROM gcr.io/distroless/python3-debian13
COPY app.py /app.py
CMD ["python3", "/app.py"]
