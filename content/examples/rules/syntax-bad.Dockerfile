FROM python:3.12-slim
WORKDIR /app
COPPY . .
SHELL /bin/bash -c
USER 10001
CMD ["python", "app.py"]
