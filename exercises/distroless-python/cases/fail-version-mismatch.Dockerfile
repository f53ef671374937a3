# fails: same-python
FROM python:3.12-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
COPY calculator.py /app/
CMD ["/app/calculator.py"]
