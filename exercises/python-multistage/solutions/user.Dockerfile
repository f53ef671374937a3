FROM python:3.13-slim AS builder
COPY requirements.txt /tmp/
RUN pip install --user --no-cache-dir -r /tmp/requirements.txt

FROM python:3.13-slim
# Root's user site (~/.local) is on sys.path automatically.
COPY --from=builder /root/.local /root/.local
ENV PATH=/root/.local/bin:$PATH
WORKDIR /app
COPY calculator.py ./
ENTRYPOINT ["python", "calculator.py"]
