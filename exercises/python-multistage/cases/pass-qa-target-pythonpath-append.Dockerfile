FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install -r requirements.txt --target /deps

FROM python:3.13-slim
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps:$PYTHONPATH
COPY calculator.py /app/
CMD ["python", "/app/calculator.py"]
