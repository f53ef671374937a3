# syntax=docker/dockerfile:1
FROM python:3.12-bookworm AS builder
RUN python3 -m venv /app/.venv
COPY requirements.txt /app/
RUN /app/.venv/bin/python -m pip install -r /app/requirements.txt

FROM python:3.12-slim-bookworm
WORKDIR /app
COPY --link --from=builder /app/.venv /app/.venv
COPY --link calculator.py /app/
CMD ["/app/.venv/bin/python", "calculator.py"]
