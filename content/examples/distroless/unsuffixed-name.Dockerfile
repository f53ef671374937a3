# Which Python is this? It depends on the day you build it.
FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --target=/app/deps -r requirements.txt

FROM gcr.io/distroless/python3:nonroot
WORKDIR /app
COPY --from=build /app/deps /app/deps
COPY calculator.py .
ENV PYTHONPATH=/app/deps
CMD ["calculator.py"]
