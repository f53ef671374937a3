# Build stage: Django and gunicorn installed into a virtual environment.
FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# Runtime stage: the same Python, the venv and the project. No pip cache, no build files.
FROM python:3.12-slim
ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY devops/ .
USER 10001
EXPOSE 8000
# A production WSGI server, not manage.py runserver. Exec form: gunicorn is PID 1.
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "devops.wsgi"]
