// The data behind <InteractionTable>: Docker's CMD × ENTRYPOINT table, computed by the engine, and the
// tiny Dockerfile the interactive part builds from the learner's choices. Shared by the build-time
// table, the browser script and test/content/interaction-table.test.ts, so all three agree.

import type { RunOptions, RunResult } from '../engine/types.ts';

/** How an instruction is written: absent, exec form (a JSON array) or shell form (plain text). */
export type Form = 'none' | 'exec' | 'shell';

/** One axis value of Docker's table (the same words as the Dockerfile reference). */
export interface Choice {
  form: Form;
  /** The instruction's argument text as written in the Dockerfile ('' when absent). */
  text: string;
  /** Column or row heading. */
  label: string;
}

/** Columns: the ENTRYPOINT choices of docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact */
export const ENTRYPOINTS: Choice[] = [
  { form: 'none', text: '', label: 'No ENTRYPOINT' },
  { form: 'shell', text: 'exec_entry p1_entry', label: 'ENTRYPOINT exec_entry p1_entry' },
  { form: 'exec', text: '["exec_entry", "p1_entry"]', label: 'ENTRYPOINT ["exec_entry", "p1_entry"]' },
];

/** Rows: the CMD choices of the same table. */
export const CMDS: Choice[] = [
  { form: 'none', text: '', label: 'No CMD' },
  { form: 'exec', text: '["exec_cmd", "p1_cmd"]', label: 'CMD ["exec_cmd", "p1_cmd"]' },
  { form: 'shell', text: 'exec_cmd p1_cmd', label: 'CMD exec_cmd p1_cmd' },
];

/** Base images offered by the interactive part (all in the engine's catalog except scratch). */
export const BASES = ['scratch', 'python:3.12-slim', 'node:22-slim', 'gcr.io/distroless/python3-debian13'] as const;

/**
 * The Dockerfile for one combination. `form` decides whether a line is written at all; the text is
 * written as the learner typed it, so a malformed exec form falls back to shell form exactly as
 * BuildKit does (the engine decides, not this function).
 */
export function dockerfileFor(entrypoint: Pick<Choice, 'form' | 'text'>, cmd: Pick<Choice, 'form' | 'text'>, base = 'scratch'): string {
  const lines = [`FROM ${base}`];
  if (entrypoint.form !== 'none') lines.push(`ENTRYPOINT ${entrypoint.text}`.trimEnd());
  if (cmd.form !== 'none') lines.push(`CMD ${cmd.text}`.trimEnd());
  return lines.join('\n');
}

/** Convert an instruction's text when the learner switches form: words ⇄ JSON array. */
export function convertText(text: string, to: Form): string {
  const t = text.trim();
  let words: string[];
  try {
    const parsed: unknown = JSON.parse(t);
    words = Array.isArray(parsed) ? parsed.map(String) : t.split(/\s+/);
  } catch {
    words = t ? t.split(/\s+/) : [];
  }
  if (to === 'exec') return JSON.stringify(words).replace(/","/g, '", "');
  if (to === 'shell') return words.join(' ');
  return t;
}

/** One cell of the table. */
export interface Cell {
  entrypoint: Choice;
  cmd: Choice;
  dockerfile: string;
  /** What the container runtime executes, or null when docker run fails. */
  argv: string[] | null;
  error?: string;
  /** A shell-form ENTRYPOINT receives the CMD words as $0, $1 …: they are in argv but the script ignores them. */
  cmdIgnored: boolean;
}

type Resolve = (text: string, opts?: RunOptions) => RunResult;

/** Every cell of the table (rows = CMD, columns = ENTRYPOINT), computed by the engine's `resolve`. */
export function tableCells(resolve: Resolve): Cell[][] {
  return CMDS.map((cmd) =>
    ENTRYPOINTS.map((entrypoint) => {
      const dockerfile = dockerfileFor(entrypoint, cmd);
      const r = resolve(dockerfile);
      return {
        entrypoint,
        cmd,
        dockerfile,
        argv: r.argv,
        ...(r.error !== undefined ? { error: r.error } : {}),
        cmdIgnored: entrypoint.form === 'shell' && cmd.form !== 'none',
      };
    }),
  );
}
