# fails: starts
FROM gcr.io/distroless/python3
COPY app.py /app.py
# Still two interpreters: python3.13 /usr/bin/python3 /app.py runs the python3 binary as a script.
CMD ["/usr/bin/python3", "/app.py"]
