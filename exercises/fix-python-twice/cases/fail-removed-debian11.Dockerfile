# fails: still-distroless
FROM gcr.io/distroless/python3-debian11
COPY app.py /app.py
CMD ["/app.py"]
