# Build stage: the same Debian release, so the same Python (3.13), as the runtime image.
FROM debian:13-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3-venv \
 && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt

# Runtime stage: the interpreter comes from the image, the packages from the venv.
FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /venv /venv
WORKDIR /app
COPY calculator.py .
ENTRYPOINT ["/venv/bin/python3"]
CMD ["calculator.py"]
