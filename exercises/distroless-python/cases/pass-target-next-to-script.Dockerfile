FROM python:3.13-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt --target /app
COPY calculator.py .

FROM gcr.io/distroless/python3-debian13
COPY --from=build /app /app
WORKDIR /app
CMD ["calculator.py"]
