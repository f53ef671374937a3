FROM python:3.13-alpine AS builder
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.13-alpine
COPY --from=builder /install /usr/local
WORKDIR /app
COPY calculator.py .
ENTRYPOINT ["python"]
CMD ["calculator.py"]
