# fails: builds
FROM gcr.io/distroless/python3-debian13
WORKDIR /app
COPY requirements.txt calculator.py ./
RUN pip install --target /app/deps -r requirements.txt
ENV PYTHONPATH=/app/deps
CMD ["calculator.py"]
