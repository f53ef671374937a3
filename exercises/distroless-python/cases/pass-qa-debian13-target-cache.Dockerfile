# syntax=docker/dockerfile:1
FROM python:3.13-slim-trixie AS build
WORKDIR /build
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --target=/build/deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13
COPY --from=build /build/deps /app/deps
COPY calculator.py /app/
WORKDIR /app
ENV PYTHONPATH=/app/deps
CMD ["calculator.py"]
