// Which stages a build needs: BuildKit builds only the target's FROM chain and the stages its
// COPY --from instructions and RUN --mount=from= read, transitively (unused stages are skipped, even broken ones).

import type { DockerfileModel, Stage } from './types.ts';

/** The `from=` value of a `--mount=…` flag value, unquoted, or null when it has none. */
export function mountFrom(mount: string): string | null {
  return /(?:^|,)from=([^,]+)/i.exec(mount)?.[1]?.replace(/^["']|["']$/g, '') ?? null;
}

/**
 * Earlier stages that `RUN --mount=…,from=<stage>` in `s` reads (bind, cache and secret-less mounts all
 * take `from`; docs.docker.com "RUN --mount=type=bind": "Build stage, context, or image name for the root
 * of the source"). Names compare lower-cased; a name that is no stage is an image.
 */
export function mountSources(model: DockerfileModel, s: Stage): Stage[] {
  const out: Stage[] = [];
  for (const run of s.runs)
    for (const mount of run.mounts) {
      const from = mountFrom(mount)?.toLowerCase();
      if (!from) continue;
      const hit = model.stages.find((t) => t.index < s.index && (t.name === from || String(t.index) === from));
      if (hit) out.push(hit);
    }
  return out;
}

/** Stages BuildKit builds for `target`: FROM parents, COPY --from and RUN --mount from= sources, transitively. */
export function reachableStages(model: DockerfileModel, target: Stage | undefined): Stage[] {
  if (!target) return [];
  const seen = new Set<number>();
  const visit = (s: Stage) => {
    if (seen.has(s.index)) return;
    seen.add(s.index);
    if (s.base.kind === 'stage') visit(model.stages[s.base.stage]);
    for (const c of s.copies) if (c.source.kind === 'stage') visit(model.stages[c.source.stage]);
    for (const m of mountSources(model, s)) visit(m);
  };
  visit(target);
  return model.stages.filter((s) => seen.has(s.index));
}

/** The target and its FROM ancestors, target first. */
export function fromChain(model: DockerfileModel, target: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  let s = target;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.push(s);
    s = s.base.kind === 'stage' ? model.stages[s.base.stage] : undefined;
  }
  return chain;
}
