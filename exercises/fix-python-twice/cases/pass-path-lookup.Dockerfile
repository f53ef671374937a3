FROM gcr.io/distroless/python3
WORKDIR /opt
COPY app.py ./
ENTRYPOINT ["python3", "app.py"]
