// CMD/ENTRYPOINT in a stage that only serves COPY --from: it never ends up in the built image.

import { defineRule } from './define.ts';

/** A command written in a builder stage whose image is never run. */
export default defineRule({
  id: 'ineffective-cmd',
  severity: 'info',
  title: 'CMD or ENTRYPOINT in a stage that is never run',
  description: 'A stage used only as a `COPY --from` source is never run: its CMD and ENTRYPOINT do not reach the built image, which keeps only the target stage\'s own FROM chain.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ target, reachable, finalChain, report }) {
    if (!target) return;
    const chain = new Set(finalChain.map((s) => s.index));
    for (const stage of reachable) {
      if (chain.has(stage.index)) continue;
      for (const c of stage.commands) {
        if (c.keyword === 'HEALTHCHECK') continue;
        report(
          c.instruction.keywordRange,
          `Stage "${stage.nameAsWritten ?? stage.index}" is only a source for COPY --from, so this ${c.keyword} never runs: the image built (stage "${target.nameAsWritten ?? target.index}") takes its command from its own FROM chain. Move the ${c.keyword} to the final stage.`,
        );
      }
    }
  },
});
