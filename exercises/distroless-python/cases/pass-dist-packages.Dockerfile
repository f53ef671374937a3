# Debian's Python also searches /usr/lib/python3/dist-packages.
FROM python:3.13-slim AS builder
COPY requirements.txt .
RUN pip install --target=/out -r requirements.txt

FROM gcr.io/distroless/python3
COPY --from=builder /out /usr/lib/python3/dist-packages
COPY calculator.py /calculator.py
CMD ["/calculator.py"]
