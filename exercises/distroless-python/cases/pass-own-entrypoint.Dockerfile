# Replacing the ENTRYPOINT with the interpreter once is fine too.
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=builder /deps /deps
COPY calculator.py /app/
ENV PYTHONPATH=/deps
ENTRYPOINT ["/usr/bin/python3", "/app/calculator.py"]
