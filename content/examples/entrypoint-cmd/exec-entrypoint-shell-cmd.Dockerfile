FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
ENTRYPOINT ["python", "manage.py"]
# Shell form, so Docker stores ["/bin/sh", "-c", "runserver 0.0.0.0:8000"] as the CMD.
CMD runserver 0.0.0.0:8000
