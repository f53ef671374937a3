# manage.py starts with #!/usr/bin/env python and keeps its executable bit through COPY.
FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
EXPOSE 8000
ENTRYPOINT ["./manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
