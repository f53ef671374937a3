FROM python:3.12-slim AS app
WORKDIR /app
COPY calculator.py .
CMD ["python3", "calculator.py"]

# Later someone adds an init in front, in a stage built on the first one.
FROM app AS with-init
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
USER 10001
ENTRYPOINT ["tini", "--"]
