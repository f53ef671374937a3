FROM python:3.13-slim AS builder
RUN useradd --create-home app
USER app
WORKDIR /home/app
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt

FROM python:3.13-slim
RUN useradd --create-home app
COPY --from=builder --chown=app:app /home/app/.local /home/app/.local
USER app
WORKDIR /home/app
COPY calculator.py .
CMD ["python", "calculator.py"]
