FROM python:3.12 AS builder
RUN python -m venv /venv
COPY requirements.txt /tmp/
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.12-slim
COPY --from=builder /venv /venv
COPY manage.py /app/manage.py
COPY mysite /app/mysite
EXPOSE 8000
ENTRYPOINT ["/venv/bin/python", "/app/manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
