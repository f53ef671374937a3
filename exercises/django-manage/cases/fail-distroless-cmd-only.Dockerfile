# fails: migrate
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY . .
EXPOSE 8000
CMD ["manage.py", "runserver", "0.0.0.0:8000"]
