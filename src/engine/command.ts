// Decides exec vs shell form for CMD, ENTRYPOINT, RUN and HEALTHCHECK exactly as BuildKit does.
// Source: moby/buildkit frontend/dockerfile/parser/line_parsers.go (parseMaybeJSON, parseJSON):
// the arguments, trimmed, must start with `[` and the FIRST JSON value read by a streaming
// decoder must be an array; anything after its closing `]` is ignored. An array holding a
// non-string is a build error; any other JSON failure silently means shell form.

import type { CommandSpec } from './types.ts';

export const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** Result of reading the first JSON value of `text` (which starts with `[`). */
type JsonRead = { ok: true; value: unknown; end: number } | { ok: false; reason: string };

/** Find the end of the first JSON array in `text` (starting at 0) and parse it. */
export function readFirstJsonArray(text: string): JsonRead {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        const slice = text.slice(0, i + 1);
        try {
          return { ok: true, value: JSON.parse(slice), end: i + 1 };
        } catch (e) {
          return { ok: false, reason: (e as Error).message };
        }
      }
    }
  }
  return { ok: false, reason: 'unterminated JSON array' };
}

/**
 * Parse the arguments of CMD / ENTRYPOINT / RUN (flags already removed) into what the image
 * config records. `shell` is the SHELL in effect (for shell form).
 */
export function parseCommand(args: string, shell: string[] = DEFAULT_SHELL): CommandSpec {
  const rest = args.trim();
  if (rest.startsWith('[')) {
    const read = readFirstJsonArray(rest);
    if (read.ok && Array.isArray(read.value)) {
      const values = read.value as unknown[];
      if (values.some((v) => typeof v !== 'string')) {
        return {
          form: 'exec',
          argv: values.map(String),
          buildError: 'exec form arguments must all be JSON strings (Docker refuses to build: "not a JSON string array")',
        };
      }
      const spec: CommandSpec = { form: 'exec', argv: values as string[] };
      const trailing = rest.slice(read.end).trim();
      if (trailing) spec.malformedJson = `text after the closing ] is ignored: ${trailing}`;
      return spec;
    }
    const reason = read.ok ? 'the JSON value is not an array' : read.reason;
    return { form: 'shell', argv: [...shell, rest], script: rest, shell, malformedJson: reason };
  }
  return { form: 'shell', argv: [...shell, rest], script: rest, shell };
}

/** Whether an argv[0] names a shell (`/bin/sh`, `bash`, `/busybox/sh`, …). */
export function isShell(arg0: string | undefined): boolean {
  if (!arg0) return false;
  const base = arg0.split('/').pop() ?? '';
  return ['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'].includes(base);
}
