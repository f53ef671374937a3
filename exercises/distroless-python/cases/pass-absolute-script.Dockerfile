FROM python:3.13-slim AS builder
WORKDIR /app
COPY requirements.txt calculator.py ./
RUN pip install --target=/app/packages -r requirements.txt

FROM gcr.io/distroless/python3-debian13
COPY --from=builder /app /app
ENV PYTHONPATH=/app/packages
CMD ["/app/calculator.py"]
