// Two CMDs (or ENTRYPOINTs, HEALTHCHECKs) in one stage: only the last one counts.

import { defineRule } from './define.ts';

/** Earlier CMD / ENTRYPOINT / HEALTHCHECK lines in a stage that a later one of the same kind replaces. */
export default defineRule({
  id: 'multiple-cmd',
  severity: 'warning',
  title: 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage',
  description: 'Each CMD, ENTRYPOINT or HEALTHCHECK replaces the previous one: only the last of each kind in a stage takes effect, so the earlier ones never run.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: 'DL4003, DL4004', buildkit: 'MultipleInstructionsDisallowed' },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const keyword of ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'] as const) {
        const written = stage.commands.filter((c) => c.keyword === keyword && c.instruction.range.line >= stage.from.range.line);
        const last = written[written.length - 1];
        for (const c of written.slice(0, -1)) {
          if (c.instruction === last.instruction) continue;
          report(
            c.instruction.keywordRange,
            `This ${keyword} is replaced by the ${keyword} on line ${last.instruction.range.line}, so it never takes effect. Keep one ${keyword} per stage${keyword === 'CMD' ? '; to run several processes, start one program (or a small init such as tini) that runs them' : ''}.`,
          );
        }
      }
    }
  },
});
