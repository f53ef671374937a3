FROM python:3.13-slim-trixie AS build
RUN pip install --no-cache-dir uv
COPY requirements.txt .
RUN uv pip install --target /deps -r requirements.txt

FROM gcr.io/distroless/python3-debian13:latest
COPY --from=build /deps /deps
ENV PYTHONPATH=/deps
WORKDIR /app
COPY calculator.py ./
CMD ["calculator.py"]
