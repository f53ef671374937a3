FROM python:3.12-slim AS base
WORKDIR /app

FROM base AS deps
COPY requirements.txt .
RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt

FROM base
COPY --from=deps /opt/venv /opt/venv
COPY manage.py ./
COPY mysite/ ./mysite/
ENV PATH=/opt/venv/bin:$PATH
EXPOSE 8000
ENTRYPOINT ["/opt/venv/bin/python", "manage.py"]
CMD ["runserver", "0.0.0.0:8000", "--noreload"]
