// Zod schema for catalog images (mirrors `CatalogImage` in ../types.ts) so the data is checked
// in tests and errors name the image and the field that is wrong.

import { z } from 'zod';
import type { CatalogImage } from '../types.ts';

const argv = z.array(z.string()).nullable().describe('exec-form argv as recorded in the image config, or null when unset');

/** Schema for one catalog image; keep in step with `CatalogImage` in src/engine/types.ts. */
export const catalogImageSchema = z.strictObject({
  name: z.string().min(1).describe('canonical reference, e.g. python:3.12-slim'),
  aliases: z.array(z.string().min(1)),
  entrypoint: argv,
  cmd: argv,
  workdir: z.string().startsWith('/').describe("WORKDIR in the image config; '/' when unset"),
  user: z.string().describe("USER in the image config; '' when unset (root)"),
  env: z.record(z.string(), z.string()),
  shell: z.enum(['none', 'sh', 'bash', 'busybox']),
  shellPath: z.string().startsWith('/').nullable(),
  packageManager: z.enum(['none', 'apt', 'apk', 'microdnf', 'apk-wolfi']),
  libc: z.enum(['none', 'glibc', 'musl']),
  role: z.enum(['empty', 'minimal', 'runtime', 'build', 'os', 'server']),
  runtime: z
    .strictObject({
      language: z.enum(['python', 'node', 'java', 'go', 'rust']),
      version: z.string().min(1),
      kind: z.enum(['jdk', 'jre', 'sdk']).optional(),
    })
    .nullable(),
  tools: z.array(z.string().min(1)),
  files: z.array(z.string().startsWith('/', 'files must be absolute paths')),
  users: z.record(z.string(), z.number().int().nonnegative()),
  entrypointScript: z.enum(['node-docker-entrypoint', 'exec-args', 'nginx-docker-entrypoint']).nullable(),
  status: z.strictObject({
    state: z.enum(['current', 'deprecated', 'removed']),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'since must be a YYYY-MM-DD date').optional(),
    note: z.string().optional(),
  }),
  size: z.strictObject({
    compressedMB: z.number().nonnegative().nullable(),
    uncompressedMB: z.number().nonnegative().nullable(),
  }),
  notes: z.string(),
  sources: z.array(z.string().min(1)).min(1, 'every image needs at least one source'),
  // Extensions to CatalogImage (optional; see CatalogEntry in define.ts).
  stopSignal: z.string().regex(/^SIG[A-Z0-9]+$/).optional(),
  expose: z.array(z.string()).optional(),
});

// Compile-time check that the schema's output is assignable to CatalogImage and back.
type SchemaOut = z.output<typeof catalogImageSchema>;
const _toType: (x: SchemaOut) => CatalogImage = (x) => x;
const _fromType: (x: CatalogImage) => SchemaOut = (x) => x;
void _toType;
void _fromType;

/** One problem found in catalog data: which image, which field, what was wrong. */
export interface CatalogIssue {
  image: string;
  field: string;
  message: string;
}

/**
 * Validate catalog images. Returns every issue (empty when valid), each naming the image and the
 * field path, e.g. `{ image: 'python:3.12', field: 'users.node', message: 'expected number...' }`.
 * Also reports duplicate names/aliases, which would make lookups ambiguous.
 */
export function validateCatalog(images: readonly unknown[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const seen = new Map<string, string>();
  images.forEach((raw, i) => {
    const name = typeof (raw as { name?: unknown })?.name === 'string' ? (raw as { name: string }).name : `#${i}`;
    const result = catalogImageSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ image: name, field: issue.path.map(String).join('.') || '(root)', message: issue.message });
      return;
    }
    for (const key of [result.data.name, ...result.data.aliases]) {
      const k = key.toLowerCase();
      const other = seen.get(k);
      if (other !== undefined && other !== name)
        issues.push({ image: name, field: 'aliases', message: `"${key}" is already used by ${other}` });
      else seen.set(k, name);
    }
  });
  return issues;
}

/** Throw one readable error listing every issue (for build scripts). */
export function assertCatalog(images: readonly unknown[]): void {
  const issues = validateCatalog(images);
  if (issues.length)
    throw new Error(`Invalid base-image catalog:\n${issues.map((i) => `  ${i.image}: ${i.field}: ${i.message}`).join('\n')}`);
}
