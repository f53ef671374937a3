# The course notes' multi-stage Python build. On today's Ubuntu it stops at `pip install`
# (PEP 668: externally-managed-environment). On an older base it builds, and the container then
# fails at start with ModuleNotFoundError: the packages went into the builder's system Python,
# which the runtime stage never receives (and Ubuntu's Python is not the runtime's 3.9 anyway).
FROM ubuntu AS builder
RUN apt-get update && apt-get install -y python3 python3-pip
COPY . /app
RUN pip install -r /app/requirements.txt

FROM python:3.9-slim
COPY --from=builder /app /app
CMD ["python3", "/app/calculator.py"]
