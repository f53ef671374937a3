# fails: runs-app
FROM gcr.io/distroless/python3
COPY app.py /app.py
# Shell form becomes ["/bin/sh","-c","python3 /app.py"] after the ENTRYPOINT: python3.13 /bin/sh …
CMD python3 /app.py
