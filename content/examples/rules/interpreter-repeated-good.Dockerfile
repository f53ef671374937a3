FROM python:3.13-slim AS build
WORKDIR /app
COPY . .

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /app /app
CMD ["/app/app.py"]
