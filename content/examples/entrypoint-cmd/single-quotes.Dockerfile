FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# Single quotes are not JSON: Docker takes this as shell form, without an error.
CMD ['python', 'server.py']
