# --prefix=/install lays out bin/ and lib/python3.12/site-packages/ under /install; copied onto
# /usr/local they sit exactly where python:3.12 looks.
FROM python:3.12 AS builder
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /install /usr/local
COPY calculator.py /app/calculator.py
CMD ["python3", "/app/calculator.py"]
