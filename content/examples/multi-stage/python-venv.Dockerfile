# Build stage: install the dependencies into a venv.
FROM python:3.12-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# Runtime stage: the same Python, the venv and the code.
FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY calculator.py .
USER 10001
CMD ["python", "calculator.py"]
