FROM gcr.io/distroless/python3
COPY app.py /srv/app.py
ENTRYPOINT ["python3"]
CMD ["/srv/app.py"]
