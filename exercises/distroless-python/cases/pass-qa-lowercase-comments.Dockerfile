# Build dependencies with the same Python (3.13) as distroless debian13.
from python:3.13-slim as build

copy requirements.txt .
# --target keeps the packages in one directory we can copy.
run pip install \
    --no-cache-dir \
    --target /deps \
    -r requirements.txt

from gcr.io/distroless/python3-debian13
copy --from=build /deps /deps
env PYTHONPATH /deps
workdir /app
copy calculator.py .
cmd ["calculator.py"]
