FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --target=/app/deps -r requirements.txt

# Worked in 2025. This image is no longer built.
FROM gcr.io/distroless/python3-debian12:nonroot
WORKDIR /app
COPY --from=build /app/deps /app/deps
COPY calculator.py .
ENV PYTHONPATH=/app/deps
CMD ["calculator.py"]
