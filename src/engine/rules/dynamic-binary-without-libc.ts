// A Go binary built with cgo on (the default on Debian golang images) copied into an image
// without a C library (scratch, distroless/static).

import { parseRef } from '../catalog/index.ts';
import type { DockerfileModel, Stage } from '../types.ts';
import { defineRule } from './define.ts';
import { chainOf, copiesFromStages, runText, stageLabel } from './lib/stages.ts';

const GO_BUILD = /\bgo\s+(build|install)\b/;

/** Whether cgo is on for the Go builds of `stage`: a C compiler is present and CGO_ENABLED=0 is not set. */
function cgoDefaultOn(model: DockerfileModel, stage: Stage): boolean {
  const root = chainOf(model, stage).at(-1)!;
  const img = stage.rootImage;
  const installsCc = stage.runs.some((r) => /\b(apk\s+add|apt-get\s+install|apt\s+install)\b[^;&|]*\b(gcc|build-base|build-essential|musl-dev|clang)\b/.test(runText(r)));
  if (installsCc) return true;
  if (img) return img.tools.includes('gcc');
  // Not in the catalog: Debian-based golang tags ship gcc, -alpine ones do not (ERRATA 6).
  const ref = root.base.kind === 'image' ? parseRef(root.baseRef) : null;
  return !!ref && ref.repo === 'golang' && !(ref.tag ?? '').includes('alpine');
}

/**
 * ERRATA 6: with CGO_ENABLED=1 a program using net or os/user links against glibc; on scratch or
 * distroless/static it fails with a misleading "no such file or directory" (the missing loader).
 */
export default defineRule({
  id: 'dynamic-binary-without-libc',
  severity: 'warning',
  title: 'cgo binary in an image without libc',
  description: 'A Go binary built with cgo enabled (the default on Debian golang images) is copied into scratch or distroless/static, which have no C library: if it links libc (net, os/user), it fails with "no such file or directory".',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target || target.rootUnknown) return;
    if ((target.rootImage?.libc ?? 'none') !== 'none') return;
    const lines = model.text.split(/\r\n|\r|\n/);
    const done = new Set<number>();
    for (const stage of finalChain)
      for (const { copy, from } of copiesFromStages(model, stage)) {
        if (done.has(from.index)) continue;
        for (const s of chainOf(model, from)) {
          const build = s.runs.find((r) => GO_BUILD.test(runText(r)));
          if (!build) continue;
          const text = runText(build);
          const env = { ...s.args, ...s.config.env } as Record<string, string | null>;
          if (/\bCGO_ENABLED=0\b/.test(text) || env.CGO_ENABLED === '0') continue;
          if (/-static\b|\bnetgo\b|osusergo/.test(text) || !cgoDefaultOn(model, s)) continue;
          done.add(from.index);
          // Fix: prefix the go command with CGO_ENABLED=0 in the builder's RUN.
          let fix;
          const r = build.instruction.range;
          for (let ln = r.line; ln <= r.endLine && build.command.form === 'shell'; ln++) {
            const m = /\bgo\s+(build|install)\b/.exec(lines[ln - 1] ?? '');
            if (m) {
              const at = { line: ln, column: m.index + 1, endLine: ln, endColumn: m.index + 1 };
              fix = { title: 'Build with CGO_ENABLED=0', edits: [{ range: at, text: 'CGO_ENABLED=0 ' }] };
              break;
            }
          }
          report(
            copy.fromRange ?? copy.instruction.argsRange,
            `The Go binary from ${stageLabel(from)} is built on line ${build.instruction.range.line} with cgo enabled (${s.rootImage?.name ?? s.baseRef} has a C compiler and CGO_ENABLED=0 is not set), but ${target.rootImage?.name ?? 'scratch'} has no C library. If the program uses net or os/user it links against glibc and fails with "exec /…: no such file or directory". Build with CGO_ENABLED=0, or ship on gcr.io/distroless/base-debian13 (which has glibc).`,
            fix ? { fix } : undefined,
          );
          break;
        }
      }
  },
});
