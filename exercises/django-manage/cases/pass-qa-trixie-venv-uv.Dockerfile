# syntax=docker/dockerfile:1
FROM python:3.13-slim-trixie AS build
COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv
RUN uv venv /opt/venv
COPY requirements.txt .
RUN VIRTUAL_ENV=/opt/venv uv pip install -r requirements.txt

FROM python:3.13-slim-trixie
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /srv/app
COPY . .
EXPOSE 8000/tcp
ENTRYPOINT ["python3", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
