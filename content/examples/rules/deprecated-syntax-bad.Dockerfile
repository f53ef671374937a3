FROM python:3.12-slim
MAINTAINER Jane Doe <jane@example.com>
ENV APP_HOME /srv/app
WORKDIR $APP_HOME
COPY . .
user 10001
CMD ["python", "app.py"]
