# From the course notes. What does this container run?
FROM python:3.13-slim AS builder
WORKDIR /app
COPY . .

FROM gcr.io/distroless/python3
COPY --from=builder /app /app
CMD ["python3", "/app/calculator.py"]
