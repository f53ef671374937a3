// Answers "does this path exist in the image?" for a stage, from the catalog's known files of its
// base and the stage chain's file sketch. Only images whose whole content we know (scratch,
// distroless, chainguard) can answer "no"; for the others the answer is "unknown" unless found.

import type { DockerfileModel, FileEntry, Stage } from './types.ts';
import { sketchHas, stageFiles } from './files.ts';
import { cleanPath, resolvePath } from './expand.ts';

export type Presence = { found: true; entry: FileEntry | null } | { found: false; certain: boolean };

/** Whether we know every file of the stage's base (so a missing path is really missing). */
export function contentKnown(stage: Stage): boolean {
  if (stage.rootUnknown) return false;
  if (!stage.rootImage) return true; // scratch
  const img = stage.rootImage;
  if (img.role === 'empty') return true;
  // Distroless images list their files in the distroless sources; Chainguard's language images
  // are only partly documented (busybox may be present), so only their static image counts.
  return img.role === 'minimal' && (img.name.startsWith('gcr.io/distroless/') || img.name.startsWith('cgr.dev/chainguard/static'));
}

function baseFiles(stage: Stage): string[] {
  const img = stage.rootImage;
  if (!img) return [];
  const files = [...img.files];
  if (img.shellPath) files.push(img.shellPath);
  return files;
}

/** Whether absolute `path` exists in the image built by `stage`. */
export function hasPath(model: DockerfileModel, stage: Stage, path: string): Presence {
  const p = cleanPath(path);
  if (baseFiles(stage).includes(p)) return { found: true, entry: null };
  const entry = sketchHas(stageFiles(model.stages, stage), p);
  if (entry) return { found: true, entry };
  // Alpine and BusyBox images have BusyBox ash as their shell and no bash (catalog `shell`), so
  // `bash -c …` there fails ("exec: \"bash\": executable file not found") unless a RUN installs it.
  if (BASH.test(p) && stage.rootImage?.shell === 'busybox' && !chainRunsMention(model, stage, /\bbash\b/)) return { found: false, certain: true };
  return { found: false, certain: contentKnown(stage) && !chainHasOpaqueRun(model, stage) };
}

const BASH = /^\/(usr\/)?(local\/)?s?bin\/bash$/;

/** Whether a RUN in the stage's chain mentions `re` (e.g. `apk add bash`). */
function chainRunsMention(model: DockerfileModel, stage: Stage, re: RegExp): boolean {
  let s: Stage | undefined = stage;
  const seen = new Set<number>();
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    if (s.runs.some((r) => re.test(r.instruction.argsText) || (r.heredocs ?? []).some((h) => re.test(h)))) return true;
    s = s.base.kind === 'stage' ? model.stages[s.base.stage] : undefined;
  }
  return false;
}

/**
 * ADD of a local tar archive unpacks it (docs.docker.com ADD: "a local tar archive in a recognized
 * compression format (identity, gzip, bzip2 or xz) is unpacked as a directory"): `FROM scratch` +
 * `ADD alpine-minirootfs.tar.gz /` is how the alpine image itself is built. Its contents are unknown.
 */
const LOCAL_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

/** Whether `stage` itself (not its parents) ADDs a local tar archive, which Docker unpacks (before `beforeLine`, if given). */
export function addsArchive(stage: Stage, beforeLine?: number): boolean {
  return stage.copies.some(
    (c) => c.keyword === 'ADD' && c.source.kind === 'context' && (beforeLine === undefined || c.instruction.range.line < beforeLine) && c.sources.some((src) => LOCAL_ARCHIVE.test(src) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(src)),
  );
}

/** A RUN whose effects we cannot see (anything but the recognised build commands), or an unpacked archive, may create any file. */
function chainHasOpaqueRun(model: DockerfileModel, stage: Stage): boolean {
  let s: Stage | undefined = stage;
  const seen = new Set<number>();
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    if (s.runs.length) return true;
    if (addsArchive(s)) return true;
    s = s.base.kind === 'stage' ? model.stages[s.base.stage] : undefined;
  }
  return false;
}

/** Resolve argv[0] the way the runtime does: a path with `/` against WORKDIR, a bare name on PATH. */
export function resolveExecutable(model: DockerfileModel, stage: Stage, arg0: string): { path: string | null; presence: Presence } {
  if (arg0.includes('/')) {
    const path = resolvePath(stage.config.workdir, arg0);
    return { path, presence: hasPath(model, stage, path) };
  }
  const dirs = (stage.config.env.PATH ?? '').split(':').filter(Boolean);
  let certain = true;
  for (const dir of dirs) {
    const candidate = resolvePath(dir.startsWith('/') ? '/' : stage.config.workdir, `${dir}/${arg0}`);
    const pr = hasPath(model, stage, candidate);
    if (pr.found) return { path: candidate, presence: pr };
    if (!pr.certain) certain = false;
  }
  return { path: null, presence: { found: false, certain: certain && dirs.length > 0 } };
}

/** Stages other than `stage` (and its chain) whose sketch holds `path`, for "built but never copied". */
export function elsewhere(model: DockerfileModel, stage: Stage, path: string): Stage | null {
  const chain = new Set<number>();
  let s: Stage | undefined = stage;
  while (s && !chain.has(s.index)) {
    chain.add(s.index);
    s = s.base.kind === 'stage' ? model.stages[s.base.stage] : undefined;
  }
  for (const other of model.stages) {
    if (chain.has(other.index)) continue;
    if (other.files.some((e) => e.path === cleanPath(path) || (e.kind === 'run' && !e.tree && e.path === cleanPath(path)))) return other;
  }
  return null;
}
