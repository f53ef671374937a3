FROM python:3.13-slim AS builder
RUN pip install --target=/packages simpleeval
FROM gcr.io/distroless/python3
COPY --from=builder /packages /packages
ENV PYTHONPATH="${PYTHONPATH}:/packages"
COPY calculator.py /app/calculator.py
CMD ["/app/calculator.py"]
