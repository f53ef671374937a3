FROM python:3.13 AS deps
WORKDIR /build
COPY requirements.txt .
RUN pip install -t ./site -r requirements.txt

FROM gcr.io/distroless/python3-debian13
WORKDIR /app
COPY --from=deps /build/site ./site
COPY calculator.py .
ENV PYTHONPATH=/app/site
USER 65532
CMD ["calculator.py"]
