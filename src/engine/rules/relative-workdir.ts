// `WORKDIR app` with no absolute WORKDIR before it: the path depends on the base image's WORKDIR.

import { defineRule } from './define.ts';
import type { Stage } from '../types.ts';
import { locate } from './support/locate.ts';

/**
 * Absolute as Docker and hadolint DL3000 see it: `/…`, a variable, or a Windows drive path
 * (`C:\app`, `C:/app`), which Windows images use (hadolint Rule/DL3000.hs isWindowsAbsolute).
 */
const isAbsolute = (raw: string): boolean => /^[/$]/.test(raw) || /^[A-Za-z]:[\\/]/.test(raw);

/** Whether an absolute WORKDIR was set earlier in the stage or in a parent stage. */
function absoluteBefore(stages: Stage[], s: Stage, line: number): boolean {
  for (const ins of s.instructions) if (ins.keyword === 'WORKDIR' && ins.range.line < line && isAbsolute(ins.argsText.trim().replace(/^["']/, ''))) return true;
  if (s.base.kind === 'stage') {
    const p = stages[s.base.stage];
    return absoluteBefore(stages, p, Infinity);
  }
  return false;
}

/** A relative WORKDIR that resolves against whatever WORKDIR the base image happens to have. */
export default defineRule({
  id: 'relative-workdir',
  severity: 'warning',
  title: 'Relative WORKDIR',
  description: 'A relative WORKDIR is joined to the base image\'s WORKDIR (`/` for python, `/go` for golang): the directory changes when the base image changes.',
  category: 'hygiene',
  equivalent: { hadolint: 'DL3000', buildkit: 'WorkdirRelativePath' },
  check({ model, report }) {
    for (const s of model.stages) {
      for (const ins of s.instructions) {
        if (ins.keyword !== 'WORKDIR') continue;
        const raw = ins.argsText.trim().replace(/^["']|["']$/g, '');
        if (!raw || isAbsolute(raw)) continue;
        if (absoluteBefore(model.stages, s, ins.range.line)) continue;
        const resolved = s.files.find((f) => f.kind === 'workdir' && f.line === ins.range.line)?.path;
        const range = locate(model, ins, ins.argsText.trim());
        const known = !s.rootUnknown;
        report(
          range,
          `WORKDIR ${raw} is relative, so it is joined to the base image's working directory${known && resolved ? ` (here it becomes ${resolved})` : ''}; a different base image puts the app somewhere else. Use an absolute path${known && resolved ? `: WORKDIR ${resolved}` : ''}.`,
          known && resolved && !/\s/.test(ins.argsText.trim()) ? { fix: { title: `Use WORKDIR ${resolved}`, edits: [{ range, text: resolved }] } } : undefined,
        );
      }
    }
  },
});
