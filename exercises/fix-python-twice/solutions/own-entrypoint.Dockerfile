FROM gcr.io/distroless/python3-debian13
COPY app.py /app.py
# Replacing the ENTRYPOINT works too: /usr/bin/python3 exists in the image.
ENTRYPOINT ["/usr/bin/python3", "/app.py"]
