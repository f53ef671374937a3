FROM gcr.io/distroless/python3-debian13
COPY app.py /app.py
# ENTRYPOINT is already ["/usr/bin/python3.13"]: CMD is what follows it.
CMD ["/app.py"]
