FROM python:3.13-alpine AS builder
WORKDIR /build
RUN python -m venv /venv
ENV PATH=/venv/bin:${PATH}
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.13-alpine
COPY --from=builder /venv /venv
ENV PATH=/venv/bin:${PATH}
COPY calculator.py /
ENTRYPOINT ["python"]
CMD ["/calculator.py"]
