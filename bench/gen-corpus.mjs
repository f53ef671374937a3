// Copied from the team's shared tools (../shared/tools/gen-corpus.mjs) so `npm run bench` works from a fresh clone.
// Deterministic generator of varied Dockerfiles for linter benchmarks.
// Usage: node gen-corpus.mjs <outDir> [count=2000] [seed=42]
//   writes <outDir>/df-0000.Dockerfile ... (10-80 lines each, mostly multi-stage)
//   and <outDir>/big-5000.Dockerfile (~5,000 lines).
// Contents: parser directives, ARG/ENV/LABEL (both forms), RUN with \ continuations and heredocs,
// apt/apk/pip/npm installs, COPY --from/--chown/--link, ADD, WORKDIR, USER, EXPOSE, VOLUME,
// HEALTHCHECK, SHELL, STOPSIGNAL, ONBUILD, exec/shell CMD/ENTRYPOINT, comments, blank lines, and
// ~15% of files with deliberate problems (lowercase keywords, MAINTAINER, bad ports, missing args,
// unknown instruction, apt-get without -y, latest tags, sudo, cd in RUN, duplicate CMD).
import fs from 'node:fs';
import path from 'node:path';

const [outDir, countArg, seedArg] = process.argv.slice(2);
const COUNT = Number(countArg || 2000);
let seed = Number(seedArg || 42) >>> 0;
const rnd = () => { seed = (seed + 0x6d2b79f5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;

const bases = ['node:24-slim', 'node:22-alpine', 'python:3.12-slim', 'python:3.13', 'golang:1.24', 'golang:1.24-alpine',
  'rust:1.88', 'eclipse-temurin:21-jdk', 'maven:3.9-eclipse-temurin-21', 'debian:bookworm-slim', 'ubuntu:24.04', 'alpine:3.21',
  'nginx:1.27-alpine', 'gcr.io/distroless/static-debian12', 'gcr.io/distroless/nodejs22-debian12', 'scratch',
  'ruby:3.3-slim', 'php:8.3-fpm', 'mcr.microsoft.com/dotnet/sdk:9.0', 'mcr.microsoft.com/dotnet/aspnet:9.0',
  'registry.example.com:5000/team/base:1.2.3', 'ubuntu@sha256:' + 'a1b2c3d4'.repeat(8)];
const aptPkgs = ['curl', 'ca-certificates', 'git', 'build-essential', 'libpq-dev', 'gnupg', 'unzip', 'jq', 'tini', 'locales', 'tzdata', 'openssl', 'libssl-dev', 'pkg-config'];
const apkPkgs = ['curl', 'ca-certificates', 'git', 'build-base', 'bash', 'tini', 'openssl', 'libc6-compat', 'tzdata'];
const ports = ['80', '443', '3000', '8080', '8000/tcp', '53/udp', '9090', '5432'];
const words = ['app', 'api', 'web', 'worker', 'svc', 'srv', 'core', 'cli'];

function runBlock(lines, alpine) {
  const kind = int(0, 7);
  if (kind === 0) {
    const pk = Array.from({ length: int(2, 7) }, () => pick(aptPkgs));
    lines.push('RUN apt-get update \\');
    lines.push(`    && apt-get install -y --no-install-recommends \\`);
    pk.forEach((p) => lines.push(`       ${p} \\`));
    lines.push('    && rm -rf /var/lib/apt/lists/*');
  } else if (kind === 1) {
    lines.push(`RUN apk add --no-cache ${Array.from({ length: int(1, 5) }, () => pick(apkPkgs)).join(' ')}`);
  } else if (kind === 2) {
    lines.push(pick(['RUN npm ci --omit=dev', 'RUN npm run build', 'RUN --mount=type=cache,target=/root/.npm npm ci', 'RUN pnpm install --frozen-lockfile']));
  } else if (kind === 3) {
    lines.push(pick(['RUN pip install --no-cache-dir -r requirements.txt', 'RUN python -m venv /opt/venv && /opt/venv/bin/pip install -U pip', 'RUN --mount=type=cache,target=/root/.cache/pip pip install .']));
  } else if (kind === 4) {
    lines.push('RUN <<EOF');
    lines.push('set -eux');
    for (let i = 0; i < int(1, 4); i++) lines.push(pick(['mkdir -p /data', 'echo "hello" > /etc/motd', 'chmod 755 /usr/local/bin/entry', 'useradd -r -u 10001 appuser']));
    lines.push('EOF');
  } else if (kind === 5) {
    lines.push(pick(['RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app', 'RUN cargo build --release --locked', 'RUN mvn -B -q package -DskipTests', 'RUN dotnet publish -c Release -o /out']));
  } else if (kind === 6) {
    lines.push(`RUN ["/bin/sh", "-c", "echo ${pick(words)} > /tmp/name"]`);
  } else {
    lines.push(alpine ? 'RUN addgroup -S app && adduser -S app -G app' : 'RUN groupadd -r app && useradd -r -g app app');
  }
}

function stage(lines, idx, isLast, target) {
  const base = idx > 0 && chance(0.2) ? `stage${int(0, idx - 1)}` : pick(bases);
  const alpine = /alpine/.test(base);
  const plat = chance(0.1) ? '--platform=$BUILDPLATFORM ' : '';
  lines.push(`FROM ${plat}${base}${isLast && chance(0.3) ? '' : ` AS stage${idx}`}`);
  while (lines.length < target) {
    const k = int(0, 15);
    if (k <= 3) runBlock(lines, alpine);
    else if (k === 4) lines.push(`WORKDIR /${pick(['app', 'src', 'usr/src/app', 'workspace'])}`);
    else if (k === 5) lines.push(idx > 0 && chance(0.6) ? `COPY --from=stage${int(0, idx - 1)} /out/ /usr/local/bin/` : pick(['COPY . .', 'COPY package*.json ./', 'COPY --chown=app:app src/ ./src/', 'COPY --link requirements.txt .']));
    else if (k === 6) lines.push(chance(0.5) ? `ENV ${pick(['NODE_ENV', 'PYTHONUNBUFFERED', 'PATH', 'LANG'])}=${pick(['production', '1', '/opt/venv/bin:$PATH', 'C.UTF-8'])}` : `ENV APP_HOME /srv/${pick(words)}`);
    else if (k === 7) lines.push(`ARG ${pick(['VERSION', 'TARGETARCH', 'BUILD_DATE', 'GIT_SHA'])}${chance(0.5) ? '=' + int(1, 9) + '.0' : ''}`);
    else if (k === 8) lines.push(`LABEL org.opencontainers.image.${pick(['title', 'version', 'source'])}="${pick(words)}" maintainer="dev@example.com"`);
    else if (k === 9) lines.push(`# ${pick(['install deps', 'build step', 'TODO: pin versions', 'copy sources', 'runtime config'])}`);
    else if (k === 10) lines.push('');
    else if (k === 11) lines.push(`EXPOSE ${pick(ports)}${chance(0.3) ? ' ' + pick(ports) : ''}`);
    else if (k === 12) lines.push(pick(['USER app', 'USER 10001:10001', 'VOLUME ["/data"]', 'VOLUME /var/lib/app', 'STOPSIGNAL SIGTERM', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'ONBUILD COPY . /app']));
    else if (k === 13) { lines.push('HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\'); lines.push('  CMD curl -fsS http://localhost:8080/health || exit 1'); }
    else if (k === 14) lines.push(pick(['ADD https://example.com/tool.tar.gz /tmp/', 'ADD --chmod=755 entry.sh /usr/local/bin/', 'ADD archive.tar.gz /opt/']));
    else runBlock(lines, alpine);
  }
  if (isLast) {
    if (chance(0.5)) lines.push(`ENTRYPOINT ["/usr/local/bin/${pick(words)}"]`);
    lines.push(chance(0.7) ? `CMD ["${pick(['node', 'python', '/app', 'nginx'])}", "${pick(['server.js', 'main.py', '--serve', '-g'])}"]` : 'CMD npm start');
  }
}

function injectProblems(lines) {
  const n = int(1, 4);
  for (let i = 0; i < n; i++) {
    const at = int(1, lines.length - 1);
    lines.splice(at, 0, pick(['run apt-get install curl', 'MAINTAINER someone@example.com', 'EXPOSE 99999', 'EXPOSE abc', 'WORKDIR',
      'FROM ubuntu:latest', 'RUN sudo make install', 'RUN cd /app && make', 'CMD ["node" "server.js"]', 'COPY', 'FOOBAR something',
      'ENV =novalue', 'USER', 'HEALTHCHECK --interval=abc CMD true', 'ARG', 'add . /app', 'ENTRYPOINT /bin/sh -c', 'STOPSIGNAL']));
  }
}

function dockerfile(targetLines) {
  const lines = [];
  if (chance(0.4)) lines.push('# syntax=docker/dockerfile:1');
  if (chance(0.05)) lines.push('# escape=`');
  if (chance(0.3)) lines.push('ARG BASE_VERSION=1.0');
  const stages = targetLines < 20 ? int(1, 2) : int(2, Math.min(5, Math.floor(targetLines / 10)));
  for (let s = 0; s < stages; s++) {
    const target = Math.round(((s + 1) / stages) * targetLines) - (s === stages - 1 ? 2 : 0);
    stage(lines, s, s === stages - 1, Math.max(target, lines.length + 2));
  }
  if (chance(0.15)) injectProblems(lines);
  const out = lines.slice(0, Math.max(targetLines, 10));
  while (out.length < 10) out.push('# padding');
  return out.join('\n') + '\n';
}

fs.mkdirSync(outDir, { recursive: true });
let total = 0;
const lens = [];
for (let i = 0; i < COUNT; i++) {
  const text = dockerfile(int(10, 80));
  const n = text.split('\n').length - 1;
  lens.push(n); total += text.length;
  fs.writeFileSync(path.join(outDir, `df-${String(i).padStart(4, '0')}.Dockerfile`), text);
}
// one big file: many stages, ~5000 lines
const big = [];
let s = 0;
while (big.length < 5000) { stage(big, s, false, big.length + int(20, 80)); s++; }
big.length = 4998; big.push('FROM stage0'); big.push('CMD ["/app"]');
fs.writeFileSync(path.join(outDir, 'big-5000.Dockerfile'), big.join('\n') + '\n');
lens.sort((a, b) => a - b);
console.log(JSON.stringify({ files: COUNT, bytes: total, minLines: lens[0], medianLines: lens[COUNT >> 1], maxLines: lens[COUNT - 1], bigLines: big.length, bigStages: s }));
