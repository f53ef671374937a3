ARG PY=3.13
FROM python:${PY}-slim AS builder
COPY requirements.txt .
RUN pip install --target /packages -r requirements.txt

FROM gcr.io/distroless/python3
COPY --link --from=builder /packages /packages
ENV PYTHONPATH="/packages"
COPY --link calculator.py /calculator.py
CMD ["/calculator.py"]
