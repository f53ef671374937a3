// Public API of the base-image catalog: lookup, listing and the entry type. The zod schema lives in
// ./schema.ts and is imported only by tests and build checks, so the engine (CLI, Web Worker)
// does not load zod at startup.

export { lookupImage, listImages, isDistroless } from './lookup.ts';
export type { CatalogEntry } from './define.ts';
export type { CatalogIssue } from './schema.ts';
export { parseRef, type ParsedRef } from './ref.ts';
