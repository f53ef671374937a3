FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1
WORKDIR /code
COPY . /code/
RUN pip install --no-cache-dir -r /code/requirements.txt
EXPOSE 8000
ENTRYPOINT ["python", "-u", "/code/manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
