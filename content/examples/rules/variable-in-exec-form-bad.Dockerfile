FROM python:3.12-slim
WORKDIR /app
COPY . .
ENV PORT=8000
USER 10001
CMD ["gunicorn", "--bind", "0.0.0.0:$PORT", "app:app"]
