FROM python:3.13-slim AS build
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /install /usr/local
COPY app.py /app/app.py
ENV PYTHONPATH=/usr/local/lib/python3.13/site-packages
CMD ["/app/app.py"]
