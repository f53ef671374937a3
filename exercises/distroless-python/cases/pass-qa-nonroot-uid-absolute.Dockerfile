FROM python:3.13-slim AS deps
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -t /opt/site -r /tmp/requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=deps /opt/site /opt/site
COPY calculator.py /opt/app/calculator.py
ENV PYTHONPATH=/opt/site
USER 65532:65532
CMD ["/opt/app/calculator.py"]
