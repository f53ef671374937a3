import { ruleTable } from './table.ts';

ruleTable('final-stage-from-builder', {
  valid: [
    { name: 'fresh runtime base', dockerfile: ['FROM golang:1.24 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app', 'ENTRYPOINT ["/app"]'] },
    { name: 'shared base stage without a build', dockerfile: ['FROM node:22-slim AS base', 'WORKDIR /app', 'FROM base AS deps', 'RUN npm ci', 'FROM base', 'COPY --from=deps /app/node_modules ./node_modules', 'CMD ["node", "server.js"]'] },
  ],
  invalid: [
    { dockerfile: ['FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .', 'FROM build AS final', 'ENTRYPOINT ["/app"]'], lines: [5], column: 6 },
    { name: 'through an intermediate stage', dockerfile: ['FROM node:22 AS build', 'RUN npm ci && npm run build', 'FROM build AS prune', 'RUN npm prune --omit=dev', 'FROM prune', 'CMD ["node", "dist/index.js"]'], lines: [5] },
  ],
});
