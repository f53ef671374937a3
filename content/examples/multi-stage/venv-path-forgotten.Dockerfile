FROM python:3.12-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY . .
USER 10001
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
