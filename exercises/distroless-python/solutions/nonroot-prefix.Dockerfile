# --prefix puts the packages under lib/python3.13/site-packages; copy just that directory.
FROM python:3.13-slim-trixie AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /install/lib/python3.13/site-packages /home/nonroot/site-packages
ENV PYTHONPATH=/home/nonroot/site-packages
COPY calculator.py /home/nonroot/
CMD ["calculator.py"]
