# Same Python minor version as distroless python3-debian13 (3.13).
FROM python:3.13-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --target=/app/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
WORKDIR /app
COPY --from=build /app/deps /app/deps
COPY calculator.py .
ENV PYTHONPATH=/app/deps
# The ENTRYPOINT is already python3.13: give it only the script.
CMD ["calculator.py"]
