FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PORT=8000
USER 10001
# Shell form for the $PORT expansion; `exec` makes gunicorn replace the shell as PID 1.
CMD exec gunicorn --bind "0.0.0.0:$PORT" app:app
