// The data model of the base-image reference page: every catalog image as a display row, grouped by
// family, with removed images kept apart. Pure (no Astro), so a test can check nothing is lost.

import type { CatalogImage } from '../../engine/types.ts';
import { FAMILIES, OTHER, type FamilyDef } from './families.ts';
import { sourceParts, type SourcePart } from './sources.ts';

/** One image as the page shows it: every value already a display string. */
export interface ImageRow {
  name: string;
  aliases: string[];
  state: CatalogImage['status']['state'];
  /** "current", "deprecated since …", "removed 2026-05-12". */
  statusLabel: string;
  statusNote: string | null;
  /** ENTRYPOINT exactly as recorded, as JSON (`[]` when explicitly empty), or `not set`. */
  entrypoint: string;
  cmd: string;
  /** `root (uid 0)`, `65532 (nonroot)`, `root (not set)`. */
  user: string;
  workdir: string;
  /** `none` or `bash (/bin/sh)`-like text. */
  shell: string;
  packageManager: string;
  libc: string;
  runtime: string;
  tools: string[];
  /** Size text from the catalog, or `unknown` (never estimated). */
  size: string;
  notes: string;
  sources: SourcePart[][];
  /** Lower-case text the page's filter box searches. */
  search: string;
}

/** One family with its rows: `current` holds current and deprecated images, `removed` the rest. */
export interface FamilyGroup {
  id: string;
  title: string;
  intro: string[];
  current: ImageRow[];
  removed: ImageRow[];
  /** The catalog images behind `current` (for the "what docker run runs" lines). */
  images: CatalogImage[];
}

const json = (argv: string[] | null) => (argv === null ? 'not set' : JSON.stringify(argv));

/** `root (uid 0)`, `65532 (nonroot)`, `node (uid 1000)`; an unset USER means root. */
export function describeUser(img: CatalogImage): string {
  if (img.user === '') return 'root (not set)';
  if (/^\d+(:\d+)?$/.test(img.user)) {
    const uid = Number(img.user.split(':')[0]);
    if (uid === 0) return 'root (uid 0)';
    const named = Object.entries(img.users).find(([, id]) => id === uid)?.[0];
    return named ? `${img.user} (${named})` : img.user;
  }
  const uid = img.users[img.user];
  return uid === undefined ? img.user : `${img.user} (uid ${uid})`;
}

/** Size as the catalog records it; `unknown` when no source gave one. */
export function describeSize(size: CatalogImage['size']): string {
  const { compressedMB: c, uncompressedMB: u } = size;
  if (c === 0 && u === 0) return '0 (empty)';
  const parts = [c !== null && `${c} MB compressed`, u !== null && `${u} MB uncompressed`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'unknown';
}

function describeStatus(status: CatalogImage['status']): string {
  if (status.state === 'current') return 'current';
  if (status.state === 'removed') return status.since ? `removed ${status.since}` : 'removed';
  return status.since ? `deprecated since ${status.since}` : 'deprecated';
}

/** Turn one catalog image into a display row. */
export function toRow(img: CatalogImage): ImageRow {
  const shell = img.shell === 'none' ? 'none' : `${img.shell}${img.shellPath ? ` (${img.shellPath})` : ''}`;
  const runtime = img.runtime ? `${img.runtime.language} ${img.runtime.version}${img.runtime.kind ? ` (${img.runtime.kind.toUpperCase()})` : ''}` : 'none';
  const row: Omit<ImageRow, 'search'> = {
    name: img.name,
    aliases: [...img.aliases],
    state: img.status.state,
    statusLabel: describeStatus(img.status),
    statusNote: img.status.note ?? null,
    entrypoint: json(img.entrypoint),
    cmd: json(img.cmd),
    user: describeUser(img),
    workdir: img.workdir,
    shell,
    packageManager: img.packageManager,
    libc: img.libc,
    runtime,
    tools: [...img.tools],
    size: describeSize(img.size),
    notes: img.notes,
    sources: img.sources.map(sourceParts),
  };
  const search = [row.name, ...row.aliases, row.statusLabel, row.runtime, row.libc, row.packageManager, row.shell, ...row.tools].join(' ').toLowerCase();
  return { ...row, search };
}

/** The family an image belongs to (the first in FAMILIES whose `match` accepts it, else OTHER). */
export function familyOf(img: CatalogImage, families: FamilyDef[] = FAMILIES): FamilyDef {
  return families.find((f) => f.match(img)) ?? OTHER;
}

/**
 * Group catalog images into the page's families, in FAMILIES order, keeping catalog order inside a
 * family. Current and deprecated images go to `current`; removed ones to `removed`. Empty families
 * are left out. Every input image ends up in exactly one row.
 */
export function groupImages(images: readonly CatalogImage[], families: FamilyDef[] = FAMILIES): FamilyGroup[] {
  const groups = new Map<string, FamilyGroup>();
  for (const f of [...families, OTHER]) groups.set(f.id, { id: f.id, title: f.title, intro: f.intro, current: [], removed: [], images: [] });
  for (const img of images) {
    const group = groups.get(familyOf(img, families).id)!;
    if (img.status.state === 'removed') group.removed.push(toRow(img));
    else {
      group.current.push(toRow(img));
      group.images.push(img);
    }
  }
  return [...groups.values()].filter((g) => g.current.length + g.removed.length > 0);
}
