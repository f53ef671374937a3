# From the course notes.
FROM ubuntu AS builder
RUN apt-get update && apt-get install -y python3 python3-pip
COPY . /app
RUN pip install -r /app/requirements.txt

FROM gcr.io/distroless/python3
COPY --from=builder /app /app
CMD ["python3", "/app/calculator.py"]
