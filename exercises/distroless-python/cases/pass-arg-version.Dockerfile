ARG PYTHON_VERSION=3.13
FROM python:${PYTHON_VERSION}-slim AS builder
COPY requirements.txt /tmp/requirements.txt
RUN python -m pip install --target /opt/deps -r /tmp/requirements.txt

FROM gcr.io/distroless/python3:nonroot
WORKDIR /app
COPY --from=builder /opt/deps /opt/deps
COPY calculator.py /app/calculator.py
ENV PYTHONPATH="/opt/deps"
CMD ["/app/calculator.py"]
