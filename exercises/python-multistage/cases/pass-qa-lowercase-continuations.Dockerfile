from python:3.13-slim as build

# isolated environment
run python -m venv /opt/venv
copy requirements.txt /tmp/
run /opt/venv/bin/pip install \
      --no-cache-dir \
      -r /tmp/requirements.txt

from python:3.13-slim as runtime
copy --from=build /opt/venv /opt/venv
workdir /app
copy calculator.py ./
env PATH=/opt/venv/bin:$PATH
cmd ["python", "-u", "calculator.py"]
