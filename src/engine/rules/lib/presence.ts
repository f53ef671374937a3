// "Is this program in the image?" for rules that must be sure before they speak: only images
// whose whole content the catalog knows (scratch, distroless, chainguard minimal) can say "no",
// and only when no exec-form RUN could have created the file. Shell-form RUNs cannot run in an
// image without a shell, so they create nothing there (run-without-shell reports them).

import type { DockerfileModel, FileEntry, Stage } from '../../types.ts';
import { addsArchive, contentKnown } from '../../image-files.ts';
import { sketchHas } from '../../files.ts';
import { cleanPath, resolvePath } from '../../expand.ts';
import { chainOf } from './stages.ts';

export type Presence = 'present' | 'absent' | 'unknown';

function entries(model: DockerfileModel, stage: Stage, beforeLine?: number): FileEntry[] {
  return chainOf(model, stage).flatMap((s) => (s === stage && beforeLine !== undefined ? s.files.filter((f) => f.line < beforeLine) : s.files));
}

/** Whether absolute `path` exists in `stage`'s image (before `beforeLine` of that stage, if given). */
export function pathPresence(model: DockerfileModel, stage: Stage, path: string, beforeLine?: number): Presence {
  const p = cleanPath(path);
  const img = stage.rootImage;
  if (img && (img.files.includes(p) || img.shellPath === p)) return 'present';
  if (sketchHas(entries(model, stage, beforeLine), p)) return 'present';
  if (!contentKnown(stage)) return 'unknown';
  // `ADD rootfs.tar.gz /` unpacks files we cannot list.
  if (chainOf(model, stage).some((s) => addsArchive(s, s === stage ? beforeLine : undefined))) return 'unknown';
  const execRuns = chainOf(model, stage).some((s) => s.runs.some((r) => r.command.form === 'exec' && (s !== stage || beforeLine === undefined || r.instruction.range.line < beforeLine)));
  return execRuns ? 'unknown' : 'absent';
}

/** Resolve a program the way the runtime does (a path against WORKDIR, a bare name on PATH). */
export function programPresence(model: DockerfileModel, stage: Stage, arg0: string, beforeLine?: number): { presence: Presence; path: string | null } {
  if (arg0.includes('/')) {
    const path = resolvePath(stage.config.workdir, arg0);
    return { presence: pathPresence(model, stage, path, beforeLine), path };
  }
  let unknown = false;
  for (const dir of (stage.config.env.PATH ?? '').split(':').filter(Boolean)) {
    const path = resolvePath(dir.startsWith('/') ? '/' : stage.config.workdir, `${dir}/${arg0}`);
    const pr = pathPresence(model, stage, path, beforeLine);
    if (pr === 'present') return { presence: pr, path };
    if (pr === 'unknown') unknown = true;
  }
  return { presence: unknown ? 'unknown' : 'absent', path: null };
}

/** Whether the shell `shell[0]` (default /bin/sh) is certainly missing from `stage`. */
export function shellAbsent(model: DockerfileModel, stage: Stage, shell: string[] | undefined, beforeLine?: number): boolean {
  return programPresence(model, stage, shell?.[0] ?? '/bin/sh', beforeLine).presence === 'absent';
}
