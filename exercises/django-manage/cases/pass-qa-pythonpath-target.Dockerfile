FROM python:3.13-slim AS deps
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM python:3.13-slim
COPY --from=deps /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY . .
EXPOSE 8000
ENTRYPOINT ["python", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
