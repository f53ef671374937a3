// Two stages with the same name (stage names are case-insensitive).

import { defineRule } from './define.ts';

/** The classic builder refuses duplicate stage names; BuildKit warns (DuplicateStageName) and uses the last one (SEMANTICS.md). */
export default defineRule({
  id: 'duplicate-stage-name',
  severity: 'error',
  title: 'Duplicate stage name',
  description: 'Two stages share a name (compared case-insensitively): BuildKit silently uses the last one for --from, FROM and --target, and the classic builder refuses to build.',
  category: 'multi-stage',
  equivalent: { hadolint: 'DL3024', buildkit: 'DuplicateStageName' },
  check({ model, report }) {
    const first = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const prev = first.get(stage.name);
      if (prev === undefined) {
        first.set(stage.name, stage.index);
        continue;
      }
      const p = model.stages[prev];
      report(
        stage.nameRange,
        `Stage name "${stage.nameAsWritten}" is already used on line ${p.from.range.line}${p.nameAsWritten !== stage.nameAsWritten ? ` ("${p.nameAsWritten}": names are compared case-insensitively)` : ''}. BuildKit then uses this later stage for every --from=${stage.name}, FROM ${stage.name} and --target ${stage.name}, so the earlier one is silently ignored; the classic builder refuses to build ("duplicate name"). Give this stage another name, e.g. "${stage.name}-${stage.index}".`,
      );
    }
  },
});
