// Copying `/` or a builder's whole source tree into the final image instead of the artifact.

import type { FileEntry } from '../types.ts';
import { defineRule } from './define.ts';
import { chainOf, compileRuns, copiesFromStages, covers, sourcePath, stageLabel } from './lib/stages.ts';

/** Where a build stage puts its artifact, by build tool, for the suggested COPY. */
function artifactHint(script: string): string | null {
  const out = /\bgo\s+build\b[^;&|]*?\s-o[\s=]+(\S+)/.exec(script);
  if (out) return out[1];
  if (/\b(mvnw?|\.\/mvnw)\b/.test(script)) return 'target/*.jar';
  if (/\bgradlew?\b/.test(script)) return 'build/libs/*.jar';
  if (/\bcargo\s+build\b/.test(script)) return 'target/release/<binary>';
  if (/\b(npm|yarn|pnpm)\s+(run\s+)?build\b/.test(script)) return 'dist';
  return null;
}

/** Only the final image is judged: a builder may copy whatever it likes from another builder. */
export default defineRule({
  id: 'copy-from-too-broad',
  severity: 'warning',
  title: 'COPY --from copies too much',
  description: 'COPY --from copies the builder\'s whole filesystem (/) or its whole source tree into the final image instead of the built artifact, bringing sources, caches and build tools along.',
  category: 'multi-stage',
  equivalent: { hadolint: 'DL3067', buildkit: null },
  check({ model, finalChain, report }) {
    for (const stage of finalChain)
      for (const { copy, from } of copiesFromStages(model, stage)) {
        const range = copy.fromRange ?? copy.instruction.argsRange;
        for (const src of copy.sources) {
          const path = sourcePath(src);
          if (path === '/') {
            report(
              copy.instruction.argsRange,
              `COPY --from=${copy.from} / copies ${stageLabel(from)}'s entire filesystem (its OS, package caches, toolchain and sources) into the final image, which defeats the multi-stage build. Copy only the files the program needs, e.g. COPY --from=${copy.from} /out/app /app.`,
            );
            continue;
          }
          // A directory that received the whole build context (`COPY . .`) in a stage that compiles.
          const chain = chainOf(model, from);
          const builds = chain.flatMap((s) => compileRuns(s));
          if (!builds.length) continue;
          const contextTree = chain.flatMap((s) => s.files).find((e: FileEntry) => e.kind === 'copy' && e.tree && e.from.kind === 'context' && (e.from.src === '.' || e.from.src === './') && covers(path, e.path));
          if (!contextTree) continue;
          const hint = artifactHint(builds.map((b) => (b.command.form === 'shell' ? b.command.script ?? '' : b.command.argv.join(' '))).join('\n'));
          const where = hint ? (hint.startsWith('/') ? hint : `${contextTree.path === '/' ? '' : contextTree.path}/${hint}`) : null;
          report(
            range,
            `${path} in ${stageLabel(from)} holds the whole build context (COPY . on line ${contextTree.line}) plus build outputs, so the final image gets the sources and intermediate files too. Copy only the artifact${where ? `, e.g. COPY --from=${copy.from} ${where} …` : ''}.`,
          );
        }
      }
  },
});
