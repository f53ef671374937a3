FROM python:3.13-slim AS b
RUN python -m venv /v
COPY requirements.txt .
RUN /v/bin/pip install -r requirements.txt
FROM python:3.13-slim
COPY --from=b /v /v
ENV PATH=/v/bin:$PATH
WORKDIR /app
COPY calculator.py .
CMD ["python", "-m", "calculator"]
