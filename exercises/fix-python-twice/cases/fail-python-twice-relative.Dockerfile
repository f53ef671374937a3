# fails: starts
FROM gcr.io/distroless/python3
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
