FROM python:3.12 AS build
COPY requirements.txt /tmp/
RUN pip install --prefix=/install -r /tmp/requirements.txt

FROM python:3.12-slim
COPY --from=build /install /usr/local
COPY . /srv/site
WORKDIR /srv/site
ENV PYTHONUNBUFFERED=1
EXPOSE 8000
ENTRYPOINT ["python3", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
