ARG PYTHON_VERSION=3.13
FROM python:${PYTHON_VERSION} AS builder
WORKDIR /src
COPY requirements.txt .
RUN python -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt

FROM python:${PYTHON_VERSION}-slim
WORKDIR /src
COPY --from=builder /src/.venv /src/.venv
COPY calculator.py .
ENV VIRTUAL_ENV=/src/.venv PATH="/src/.venv/bin:$PATH"
CMD ["python", "calculator.py"]
