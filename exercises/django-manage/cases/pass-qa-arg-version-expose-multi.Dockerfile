ARG PYTHON_VERSION=3.13
FROM python:${PYTHON_VERSION}-slim
WORKDIR /app
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY manage.py ./
COPY mysite/ ./mysite/
EXPOSE 8000 8001
ENTRYPOINT ["python", "-u", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
