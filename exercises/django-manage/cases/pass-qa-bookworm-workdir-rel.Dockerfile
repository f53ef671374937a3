FROM python:3.12-slim-bookworm
WORKDIR /usr/src/app
COPY requirements.txt .
RUN python -m pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
ENTRYPOINT ["python3", "./manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
