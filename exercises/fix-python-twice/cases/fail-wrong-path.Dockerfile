# fails: runs-app
FROM gcr.io/distroless/python3
COPY app.py /app/
# The script is /app/app.py; this opens /app.py.
CMD ["/app.py"]
