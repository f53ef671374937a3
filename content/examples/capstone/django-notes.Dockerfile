# First Stage: Build  (from the course notes)
FROM ubuntu:latest AS build
WORKDIR /app

RUN apt-get update && apt-get install -y python3 python3-pip
COPY . /app
RUN pip3 install --no-cache-dir -r requirements.txt

# Second Stage: Runtime
FROM gcr.io/distroless/python3
COPY --from=build /app /app
WORKDIR /app
CMD ["python3", "manage.py", "runserver", "0.0.0.0:8000"]
