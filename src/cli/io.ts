// Reading Dockerfiles for the CLI: files or `-` (stdin), with one-line errors instead of stack traces.

import { readFileSync, statSync } from 'node:fs';

/** A usage or input problem: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Dockerfiles beyond this size are refused (the largest real ones are a few hundred KB). */
export const MAX_BYTES = 4 * 1024 * 1024;

let stdinCache: string | null = null;

/** Read a Dockerfile from `path` or standard input (`-`). Throws UsageError with a clear message. */
export function readDockerfile(path: string): string {
  let buf: Buffer;
  if (path === '-') {
    if (stdinCache !== null) return stdinCache;
    try {
      buf = readFileSync(0);
    } catch (e) {
      throw new UsageError(`cannot read standard input: ${(e as Error).message}`);
    }
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new UsageError(`${path} is a directory, not a Dockerfile`);
      size = st.size;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `cannot read ${path}: ${code ?? (e as Error).message}`);
    }
    if (size > MAX_BYTES) throw new UsageError(`${path} is ${(size / 1048576).toFixed(1)} MB; Stagecraft reads Dockerfiles up to ${MAX_BYTES / 1048576} MB`);
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const name = path === '-' ? 'standard input' : path;
  if (buf.length > MAX_BYTES) throw new UsageError(`${name} is ${(buf.length / 1048576).toFixed(1)} MB; Stagecraft reads Dockerfiles up to ${MAX_BYTES / 1048576} MB`);
  if (buf.subarray(0, 8192).includes(0)) throw new UsageError(`${name} looks like a binary file, not a Dockerfile`);
  const text = new TextDecoder('utf-8').decode(buf).replace(/^\uFEFF/, '');
  if (path === '-') stdinCache = text;
  return text;
}
