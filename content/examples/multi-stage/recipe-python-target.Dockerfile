FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
# Only the importable packages, flat in one directory.
RUN pip install --no-cache-dir --target=/deps -r requirements.txt

FROM python:3.12-slim
COPY --from=build /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY . .
USER 10001
CMD ["python", "app.py"]
