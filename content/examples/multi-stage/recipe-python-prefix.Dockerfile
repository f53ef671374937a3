FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
# Install into /install instead of the system site-packages...
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.12-slim
# ...and merge it into /usr/local, where this Python looks.
COPY --from=build /install /usr/local
WORKDIR /app
COPY . .
USER 10001
CMD ["python", "app.py"]
