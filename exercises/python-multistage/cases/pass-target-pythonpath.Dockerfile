FROM python:3.13-slim AS build
COPY requirements.txt .
RUN pip install --target=/deps -r requirements.txt

FROM python:3.13-slim
COPY --from=build /deps /deps
ENV PYTHONPATH=/deps
COPY calculator.py /app/
WORKDIR /app
CMD ["python3", "calculator.py"]
