FROM python:3.12-slim
WORKDIR /app
COPY server.py .
ENV PORT=8000
USER 10001
# An explicit shell expands $PORT; `exec` then replaces the shell with python.
CMD ["/bin/sh", "-c", "exec python server.py --port \"$PORT\""]
