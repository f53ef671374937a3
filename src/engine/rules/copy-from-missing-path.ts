// `COPY --from=b SRC` where SRC is nothing stage b (or its base) is known to hold.

import type { DockerfileModel, FileEntry, Range, Stage } from '../types.ts';
import { sketchHas } from '../files.ts';
import { defineRule } from './define.ts';
import { pathPresence } from './lib/presence.ts';
import { chainOf, covers, runText, sourcePath, stageLabel } from './lib/stages.ts';

/** Top-level directories that base images provide (a path under them may come from the image). */
const SYSTEM_DIRS = new Set(['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'usr', 'etc', 'var', 'opt', 'root', 'home', 'tmp', 'run', 'srv', 'proc', 'sys', 'dev', 'go', 'nodejs', 'busybox', 'mnt', 'media', 'boot', 'workspace', 'builder', 'layers', 'cnb', 'kaniko']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Silent unless sure: either the source stage's whole content is known (scratch, distroless), or
 * SRC lies under a top-level directory that no instruction of the stage touches or names.
 */
export default defineRule({
  id: 'copy-from-missing-path',
  severity: 'warning',
  title: 'COPY --from path not produced',
  description: 'COPY --from=<stage> names a path that stage never creates (no COPY, WORKDIR or build output there, and its base does not have it): the build fails with "not found", often because the builder wrote the artifact somewhere else.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, reachable, report }) {
    for (const stage of reachable)
      for (const copy of stage.copies) {
        if (copy.source.kind !== 'stage') continue;
        const from = model.stages[copy.source.stage];
        if (from.rootUnknown) continue;
        for (const src of copy.sources) {
          if (/[*?[$]/.test(src)) continue;
          const path = sourcePath(src);
          if (path === '/' || !missing(model, from, path)) continue;
          const outputs = chainOf(model, from)
            .flatMap((s) => s.files)
            .filter((e) => e.kind === 'run' && !e.tree)
            .map((e) => e.path);
          const range: Range = copy.instruction.args.find((a) => a.value === src)?.range ?? copy.instruction.argsRange;
          report(
            range,
            `Stage ${stageLabel(from)} never creates ${path}: no COPY, WORKDIR or recognised build output puts anything there${from.rootImage ? ` and ${from.rootImage.name} does not ship it` : ''}, so docker build fails with "${path}: not found".${outputs.length ? ` That stage writes ${outputs.slice(0, 3).join(', ')}: did you mean one of those?` : ' Check where the build step writes its output (e.g. go build -o /out/app).'}`,
          );
        }
      }
  },
});

function missing(model: DockerfileModel, from: Stage, path: string): boolean {
  const chain = chainOf(model, from);
  const entries: FileEntry[] = chain.flatMap((s) => s.files);
  if (sketchHas(entries, path) || entries.some((e) => covers(path, e.path))) return false;
  const presence = pathPresence(model, from, path);
  if (presence === 'present') return false;
  if (presence === 'absent') return true;
  // golang images ship /go/bin empty (GOPATH/bin): only `go install`, a RUN naming /go/bin, or a build
  // script we cannot see into (make, ./build.sh) puts a program there. `go build -o /out/app` then COPY --from=build /go/bin/app is a classic slip.
  const gobin = /^\/go\/bin\/([^/]+)$/.exec(path);
  if (gobin && chain.some((s) => s.rootImage?.name.startsWith('golang:'))) {
    const fills = chain.some((s) => 'GOBIN' in s.config.env || covers('/go/bin', s.config.workdir) || s.runs.some((r) => /\bgo\s+install\b|\/go\/bin\b|\$GOPATH\/bin|\$\{GOPATH\}\/bin|\bmake\b|\btask\b|\bmage\b|\.sh\b|(^|&&|;|\|\|)\s*\.\//.test(runText(r))));
    if (!fills) return true;
  }
  // Unknown image content: only paths outside the base image's directories can be judged.
  const top = path.split('/')[1] ?? '';
  if (!top || SYSTEM_DIRS.has(top)) return false;
  // A directory the stage fills with named outputs only (`go build -o /out/server`): another name
  // in it was never made, unless some RUN names it.
  const dir = path.slice(0, path.lastIndexOf('/'));
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (dir && entries.some((e) => e.path.startsWith(dir + '/')) && !entries.some((e) => e.path === dir || (e.tree && covers(e.path, dir)))) {
    const named = new RegExp(`(^|[^\\w.-])${escapeRe(base)}($|[^\\w.-])`);
    if (!chain.some((s) => covers(dir, s.config.workdir) || s.runs.some((r) => named.test(runText(r))))) return true;
  }
  if (entries.some((e) => covers(`/${top}`, e.path) || covers(e.path, `/${top}`))) return false;
  if (chain.some((s) => s.config.workdir === `/${top}` || covers(`/${top}`, s.config.workdir))) return false;
  const mention = new RegExp(`(^|[^\\w.-])/${escapeRe(top)}(\\b|/|$)`);
  return !chain.some((s) => s.runs.some((r) => mention.test(runText(r))) || Object.values(s.config.env).some((v) => mention.test(v)));
}
