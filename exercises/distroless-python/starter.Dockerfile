# The course notes' distroless Python image. It builds, then fails twice over at run time:
# the distroless image's ENTRYPOINT is already the interpreter, so this runs
# `python3.13 python3 /app/calculator.py`; and the packages stayed in the builder.
FROM python:3.13-slim AS builder
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt

FROM gcr.io/distroless/python3-debian13
COPY --from=builder /app /app
CMD ["python3", "/app/calculator.py"]
