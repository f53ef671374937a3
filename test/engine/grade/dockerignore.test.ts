// .dockerignore semantics (moby/patternmatcher) and the builds goal's use of them.

import { describe, expect, it } from 'vitest';
import { isIgnored, parseDockerignore, sentContextFiles } from '../../../src/engine/grade/dockerignore.ts';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import builds from '../../../src/engine/grade/goals/builds.ts';

const ignored = (rules: string, file: string) => isIgnored(parseDockerignore(rules), file);

describe('dockerignore patterns', () => {
  it('a directory pattern excludes its contents; slashes and ./ are cleaned', () => {
    expect(ignored('node_modules', 'node_modules/ms/index.js')).toBe(true);
    expect(ignored('/node_modules/', 'node_modules/ms/index.js')).toBe(true);
    expect(ignored('./node_modules', 'node_modules')).toBe(true);
    expect(ignored('node_modules', 'src/node_modules/x.js')).toBe(false);
  });
  it('* stays in one directory, ** crosses directories', () => {
    expect(ignored('*.md', 'README.md')).toBe(true);
    expect(ignored('*.md', 'docs/a.md')).toBe(false);
    expect(ignored('**/*.md', 'docs/a.md')).toBe(true);
    expect(ignored('**/*.md', 'README.md')).toBe(true);
    expect(ignored('*/temp*', 'a/temporary.txt')).toBe(true);
    expect(ignored('temp?', 'temp1')).toBe(true);
  });
  it('! re-includes, the last matching line wins, comments are skipped', () => {
    expect(ignored('*.md\n!README.md', 'README.md')).toBe(false);
    expect(ignored('*.md\n!README*.md\nREADME-secret.md', 'README-secret.md')).toBe(true);
    expect(ignored('# node_modules\n', 'node_modules/x')).toBe(false);
  });
  it('sentContextFiles keeps everything without a .dockerignore', () => {
    expect(sentContextFiles(['a', 'b'], undefined)).toEqual(['a', 'b']);
    expect(sentContextFiles(['a', '.env', 'node_modules/x'], '.env\nnode_modules\n')).toEqual(['a']);
  });
});

describe('builds goal with .dockerignore', () => {
  const context = { 'server.js': '', '.env': 'TOKEN=x', 'node_modules/ms/index.js': '', '.dockerignore': 'node_modules\n.env\n' };
  const check = (df: string) => builds.check(goalContext(analyze(df), context), builds.params.parse({}));
  it('fails a COPY of an ignored path, saying so', () => {
    const r = check('FROM node:22-slim\nCOPY node_modules ./node_modules\n');
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/\.dockerignore excludes it/);
    expect(check('FROM node:22-slim\nCOPY .env ./\n').passed).toBe(false);
  });
  it('passes COPY . . and COPY of files that are sent', () => {
    expect(check('FROM node:22-slim\nCOPY . .\nCOPY server.js .dockerignore ./\n').passed).toBe(true);
  });
});
