// Public API of the base-image catalog: lookup, listing, the schema and the entry type.

export { lookupImage, listImages, isDistroless } from './lookup.ts';
export { catalogImageSchema, validateCatalog, assertCatalog, type CatalogIssue } from './schema.ts';
export type { CatalogEntry } from './define.ts';
export { parseRef, type ParsedRef } from './ref.ts';
