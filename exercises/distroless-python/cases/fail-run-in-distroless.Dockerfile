# fails: builds
FROM gcr.io/distroless/python3
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["calculator.py"]
