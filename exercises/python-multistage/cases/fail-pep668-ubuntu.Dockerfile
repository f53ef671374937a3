# fails: builds
FROM ubuntu:24.04 AS builder
RUN apt-get update && apt-get install -y python3 python3-pip
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --user -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /root/.local /root/.local
WORKDIR /app
COPY calculator.py .
CMD ["python", "calculator.py"]
