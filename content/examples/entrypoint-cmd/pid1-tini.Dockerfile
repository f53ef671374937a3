FROM python:3.12-slim
# tini: a tiny init that forwards signals to its child and reaps zombie processes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY server.py .
USER 10001
ENTRYPOINT ["tini", "--"]
CMD ["python", "server.py"]
