FROM python:3.12-slim AS build
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /install /usr/local
COPY app.py /app/app.py
ENV PYTHONPATH=/usr/local/lib/python3.12/site-packages
CMD ["/app/app.py"]
