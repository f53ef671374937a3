FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM golang:1.26 AS build
WORKDIR /src
COPY api/ .
RUN CGO_ENABLED=0 go build -o /out/api .

FROM nginx:stable
COPY --from=build /app/dist /usr/share/nginx/html
