FROM gcr.io/distroless/python3-debian13
WORKDIR /app
COPY app.py .
CMD ["app.py"]
