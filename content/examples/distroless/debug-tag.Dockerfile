# For a debugging session only: never ship a :debug tag.
FROM gcr.io/distroless/python3-debian13:debug
WORKDIR /app
COPY calculator.py .
CMD ["calculator.py"]
