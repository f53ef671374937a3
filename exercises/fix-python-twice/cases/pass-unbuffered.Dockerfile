FROM gcr.io/distroless/python3
COPY app.py /app/app.py
CMD ["-u", "/app/app.py"]
