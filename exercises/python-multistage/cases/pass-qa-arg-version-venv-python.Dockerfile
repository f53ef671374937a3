ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION} AS build
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:${PYTHON_VERSION}-slim
COPY --from=build /venv /venv
COPY calculator.py /srv/calculator.py
ENTRYPOINT ["/venv/bin/python", "/srv/calculator.py"]
