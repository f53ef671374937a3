FROM gcr.io/distroless/python3-debian13:nonroot
COPY app.py /home/nonroot/app.py
CMD ["app.py"]
