FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=builder /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY manage.py .
COPY mysite ./mysite
EXPOSE 8000/tcp
ENTRYPOINT ["/usr/bin/python3", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
