# No build stage needed: the calculator uses only the standard library.
FROM gcr.io/distroless/python3-debian13:nonroot
WORKDIR /app
COPY calculator.py .
# The image's ENTRYPOINT is the interpreter; CMD is the script.
CMD ["calculator.py"]
