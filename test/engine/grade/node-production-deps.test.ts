// Goal kind node-production-deps: node_modules next to the script, from npm ci without
// devDependencies in a builder stage (flags, NODE_ENV, npm prune), copied with COPY --from.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import goal from '../../../src/engine/grade/goals/node-production-deps.ts';

const context = {
  'server.js': "require('ms')",
  'package.json': JSON.stringify({ dependencies: { ms: '^2.1.3' }, devDependencies: { prettier: '^3' } }),
  'package-lock.json': '{}',
};

function check(dockerfile: string, params: Record<string, unknown> = {}) {
  return goal.check(goalContext(analyze(dockerfile), context), goal.params.parse(params));
}

const builder = (install: string, env = '') => `FROM node:22-slim AS build\n${env}WORKDIR /app\nCOPY package*.json ./\nRUN ${install}\n\n`;
const FINAL = 'FROM gcr.io/distroless/nodejs22-debian13\nWORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\nCOPY server.js .\nCMD ["server.js"]\n';

describe('node-production-deps', () => {
  it.each([
    ['npm ci --omit=dev'],
    ['npm ci --omit dev'],
    ['npm ci --production'],
    ['npm ci --only=production'],
    ['NODE_ENV=production npm ci'],
    ['export NODE_ENV=production && npm ci'],
    ['npm ci && npm prune --omit=dev'],
  ])('accepts %s', (install) => {
    expect(check(builder(install) + FINAL).passed).toBe(true);
  });

  it('accepts ENV NODE_ENV=production before the install', () => {
    expect(check(builder('npm ci', 'ENV NODE_ENV=production\n') + FINAL).passed).toBe(true);
  });

  it('refuses devDependencies, naming them', () => {
    const r = check(builder('npm ci') + FINAL);
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/prettier/);
    expect(check(builder('npm ci --omit=dev --include=dev') + FINAL).passed).toBe(false);
    expect(check(builder('npm ci', 'ENV NODE_ENV=development\n') + FINAL).passed).toBe(false);
  });

  it('refuses npm install when ci is required, accepts it otherwise', () => {
    expect(check(builder('npm install --omit=dev') + FINAL).passed).toBe(false);
    expect(check(builder('npm install --omit=dev') + FINAL, { ci: false }).passed).toBe(true);
  });

  it('refuses node_modules out of the script\'s search path', () => {
    const r = check(builder('npm ci --omit=dev') + FINAL.replace('COPY server.js .', 'COPY server.js /srv/').replace('CMD ["server.js"]', 'CMD ["/srv/server.js"]'));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/Cannot find module 'ms'/);
  });

  it('finds node_modules in a parent directory of the script', () => {
    const df = builder('npm ci --omit=dev') + 'FROM gcr.io/distroless/nodejs22-debian13\nCOPY --from=build /app/node_modules /srv/node_modules\nCOPY server.js /srv/app/\nCMD ["/srv/app/server.js"]\n';
    expect(check(df).passed).toBe(true);
  });

  it('refuses an install in the final stage when a builder is required', () => {
    const single = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n';
    expect(check(single).passed).toBe(false);
    expect(check(single, { builder: false }).passed).toBe(true);
  });
});

describe('node-production-deps: the lockfile must be there before npm ci', () => {
  it('refuses npm ci before any COPY of package-lock.json', () => {
    const df = 'FROM node:22-slim AS build\nWORKDIR /app\nRUN npm ci --omit=dev\nCOPY . .\n\n' + FINAL;
    const r = check(df);
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/package-lock\.json/);
  });
  it('accepts COPY . . or a bind mount before it', () => {
    expect(check('FROM node:22-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n\n' + FINAL).passed).toBe(true);
    expect(check('FROM node:22-slim AS build\nWORKDIR /app\nRUN --mount=type=bind,source=package-lock.json,target=package-lock.json --mount=type=bind,source=package.json,target=package.json npm ci --omit=dev\n\n' + FINAL).passed).toBe(true);
  });
});

describe('node-production-deps: the script behind an init', () => {
  it('finds server.js when tini starts node', () => {
    const df = 'FROM node:22-alpine\nRUN apk add --no-cache tini\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY server.js .\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["node", "server.js"]\n';
    expect(check(df, { builder: false }).passed).toBe(true);
  });
});
