FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir --root=/pkgs -r requirements.txt

FROM python:3.13-slim
COPY --from=builder /pkgs/ /
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
