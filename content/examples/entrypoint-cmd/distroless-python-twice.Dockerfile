# From the course notes: the interpreter named again in CMD.
FROM gcr.io/distroless/python3-debian13:nonroot
WORKDIR /app
COPY calculator.py .
CMD ["python3", "calculator.py"]
