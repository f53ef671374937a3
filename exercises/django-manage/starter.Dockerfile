# The course notes' Django image. Three things go wrong:
# - the packages are installed in the builder's system Python and never copied (ModuleNotFoundError);
# - `docker run IMAGE migrate` replaces the whole CMD, so it runs a program called "migrate";
# - nothing says which port the server listens on.
FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
