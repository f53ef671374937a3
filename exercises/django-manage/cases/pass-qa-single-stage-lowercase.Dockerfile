from python:3.13-slim
env PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
workdir /code
copy requirements.txt /code/
run pip install --no-cache-dir -r requirements.txt
copy . /code/
expose 8000
entrypoint ["python", "manage.py"]
cmd ["runserver", "0.0.0.0:8000"]
