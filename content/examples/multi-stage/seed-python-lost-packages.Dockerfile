# From the course notes, as written there. Find the bugs.
# Stage 1: Build environment
FROM ubuntu:latest AS builder
RUN apt-get update && apt-get install -y build-essential python3 python3-pip
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt

# Stage 2: Runtime environment
FROM python:3.9-slim
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 8000
CMD ["python3", "app.py"]
