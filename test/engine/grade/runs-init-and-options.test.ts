// The `runs` goal's `init` option (tini/dumb-init as PID 1 starting the app) and the runtime
// options argv matching skips (node --enable-source-maps, java -Xmx… -jar).

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import runs, { afterInit } from '../../../src/engine/grade/goals/runs.ts';
import { matchArgv } from '../../../src/engine/grade/argv-match.ts';

const context = { 'server.js': 'require("node:http")', 'app.jar': '' };

function check(dockerfile: string, params: Record<string, unknown>) {
  const ctx = goalContext(analyze(dockerfile), context);
  return runs.check(ctx, runs.params.parse(params));
}

const NODE_PID1 = { argv: [{ program: 'node' }, { file: 'server.js' }], pid1: true };

describe('afterInit', () => {
  it('skips the init, its options and --', () => {
    expect(afterInit(['/sbin/tini', '--', 'node', 'server.js'])).toEqual(['node', 'server.js']);
    expect(afterInit(['tini', '-g', '-p', 'SIGTERM', '--', 'node', 'a.js'])).toEqual(['node', 'a.js']);
    expect(afterInit(['dumb-init', '--single-child', 'node', 'a.js'])).toEqual(['node', 'a.js']);
  });
  it('is null for anything else', () => {
    expect(afterInit(['node', 'server.js'])).toBeNull();
    expect(afterInit(['sh', '-c', 'tini node'])).toBeNull();
  });
});

describe('runs with pid1 and init', () => {
  const tini = 'FROM node:22-alpine\nRUN apk add --no-cache tini\nWORKDIR /app\nCOPY server.js .\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["node", "server.js"]\n';
  it('accepts tini starting node only when init is allowed', () => {
    expect(check(tini, { ...NODE_PID1, init: true }).passed).toBe(true);
    expect(check(tini, NODE_PID1).passed).toBe(false);
  });
  it('still refuses a shell or npm after the init', () => {
    const sh = tini.replace('CMD ["node", "server.js"]', 'CMD ["sh", "-c", "node server.js"]');
    expect(check(sh, { ...NODE_PID1, init: true }).passed).toBe(false);
    const npm = tini.replace('CMD ["node", "server.js"]', 'CMD ["npm", "start"]');
    expect(check(npm, { ...NODE_PID1, init: true }).passed).toBe(false);
  });
  it('refuses a shell-form command even with init allowed', () => {
    expect(check('FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\nCMD node server.js\n', { ...NODE_PID1, init: true }).passed).toBe(false);
  });
});

describe('runtime options before the script', () => {
  const node = 'FROM node:22-slim\nWORKDIR /app\nCOPY server.js .\n';
  it('node options are skipped, option values too', () => {
    expect(check(`${node}CMD ["node", "--enable-source-maps", "server.js"]\n`, NODE_PID1).passed).toBe(true);
    expect(check(`${node}CMD ["node", "-r", "./tracing.js", "server.js"]\n`, NODE_PID1).passed).toBe(true);
  });
  it('node -e is code, not a script', () => {
    expect(check(`${node}CMD ["node", "-e", "server.js"]\n`, NODE_PID1).passed).toBe(false);
  });
  it('java options stop at -jar', () => {
    const model = analyze('FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.jar .\n');
    const ctx = goalContext(model, context);
    const want = [{ program: 'java' }, '-jar', { file: 'app.jar' }];
    expect(matchArgv(ctx, ctx.final!, ['java', '-Xmx512m', '-XX:+UseZGC', '-jar', 'app.jar'], want)).toBeNull();
    expect(matchArgv(ctx, ctx.final!, ['java', '-cp', 'x.jar', '-jar', 'app.jar'], want)).toBeNull();
    expect(matchArgv(ctx, ctx.final!, ['java', '-cp', 'app.jar', 'Main'], want)).not.toBeNull();
    expect(matchArgv(ctx, ctx.final!, ['java', '-version', '-jar', 'app.jar'], want)).not.toBeNull();
  });
});
