// Reads what a learner types after `docker run` (options, an optional image placeholder, then
// arguments) into RunOptions, and prints argv / run commands the way a shell would quote them.

import type { RunOptions } from './types.ts';
import { shellSplit } from './expand.ts';

/** Options of `docker run` that take a value (so the value is not mistaken for the image). */
const VALUE_OPTIONS = new Set(['-e', '--env', '--name', '-p', '--publish', '-v', '--volume', '-u', '--user', '-w', '--workdir', '--network', '--platform', '-m', '--memory', '--env-file', '-l', '--label', '--mount', '--stop-signal', '--stop-timeout', '--hostname', '-h']);
const IMAGE_PLACEHOLDERS = new Set(['IMAGE', 'IMG', 'image', 'img', 'myimage', 'my-image', 'app']);

export interface ParsedRunArgs extends RunOptions {
  /** Options we recognised but do not simulate (they do not change argv). */
  ignored: string[];
  /** `-u/--user` given at run time. */
  user?: string;
  /** `--init`: docker-init (tini) becomes PID 1. */
  init?: boolean;
}

/**
 * Parse e.g. `--entrypoint sh IMAGE -c 'echo hi'`, `Goodbye`, or `--entrypoint "" -- ls /`.
 * The image placeholder is optional: after the options, the first word is dropped only when it
 * is IMAGE/IMG (so `docker run IMG Goodbye` and `Goodbye` mean the same).
 */
export function parseRunArgs(line: string): ParsedRunArgs {
  const words = shellSplit(line.trim().replace(/^docker\s+(container\s+)?run\b/, ''));
  const out: ParsedRunArgs = { ignored: [] };
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    if (w === '--') { i++; break; }
    if (!w.startsWith('-') || w === '-') break;
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : w;
    const inline = eq > 0 ? w.slice(eq + 1) : undefined;
    if (name === '--entrypoint') {
      out.entrypoint = inline ?? words[++i] ?? '';
    } else if (name === '-u' || name === '--user') {
      out.user = inline ?? words[++i];
    } else if (name === '--init') {
      out.init = true;
    } else if (VALUE_OPTIONS.has(name)) {
      out.ignored.push(inline !== undefined ? w : `${w} ${words[++i] ?? ''}`);
    } else out.ignored.push(w);
  }
  let rest = words.slice(i);
  if (rest.length && IMAGE_PLACEHOLDERS.has(rest[0])) rest = rest.slice(1);
  out.args = rest;
  return out;
}

const SAFE = /^[A-Za-z0-9_\/.:=,+@%^-]+$/;

/** Quote one word for display in a POSIX shell. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Show an argv as a shell-quoted command line: `python3 'my app.py'`. */
export function formatArgv(argv: string[]): string {
  return argv.map(shellQuote).join(' ');
}

/** The `docker run` command line for `opts`, with `IMAGE` as the image name. */
export function formatRunCommand(opts: RunOptions, image = 'IMAGE'): string {
  const parts = ['docker', 'run'];
  if (opts.entrypoint !== undefined) parts.push('--entrypoint', shellQuote(opts.entrypoint));
  parts.push(image, ...(opts.args ?? []).map(shellQuote));
  return parts.join(' ');
}
