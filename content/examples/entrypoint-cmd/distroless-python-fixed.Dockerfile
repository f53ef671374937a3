FROM gcr.io/distroless/python3-debian13:nonroot
WORKDIR /app
COPY calculator.py .
# The image's ENTRYPOINT is the interpreter; CMD is only the script (and its arguments).
CMD ["calculator.py"]
