// `COPY --from=X` where X is neither a stage nor an image reference: BuildKit tries to pull X.

import { lookupImage } from '../catalog/index.ts';
import { defineRule } from './define.ts';
import { closest } from './lib/text.ts';

/** `--from=buidler`: no stage of that name, so BuildKit pulls an image called `buidler` and fails. */
export default defineRule({
  id: 'copy-from-unknown-stage',
  severity: 'error',
  title: 'COPY --from names no stage',
  description: 'COPY --from=X where X is no stage name: BuildKit treats X as an image, tries to pull it from a registry and the build fails late with "pull access denied".',
  category: 'multi-stage',
  equivalent: { hadolint: 'DL3022', buildkit: null },
  check({ model, report }) {
    for (const stage of model.stages)
      for (const copy of stage.copies) {
        if (copy.source.kind !== 'image' || !copy.from || !copy.fromRange) continue;
        const x = copy.from;
        // Something with a registry, tag or digest is meant as an image reference.
        if (/[:/@]/.test(x)) continue;
        const key = x.toLowerCase();
        const later = model.stages.find((s) => s.index > stage.index && s.name === key);
        if (later) {
          report(
            copy.fromRange,
            `Stage "${later.nameAsWritten}" is defined after this one (line ${later.from.range.line}). BuildKit resolves the forward reference, but the classic builder pulls an image named "${x}" instead, and readers expect sources above their use. Move stage "${later.nameAsWritten}" above line ${stage.from.range.line}.`,
            { severity: 'warning' },
          );
          continue;
        }
        // A bare official image name (`--from=nginx`, `--from=busybox`) is a legitimate image copy.
        if (lookupImage(x).image) continue;
        const names = model.stages.filter((s) => s.index < stage.index && s.name).map((s) => s.nameAsWritten ?? s.name!);
        const guess = closest(x, names);
        const known = names.length ? `Stages defined above: ${names.join(', ')}.` : 'No stage is named above this line.';
        report(
          copy.fromRange,
          `No stage is named "${x}", so BuildKit treats it as an image, tries to pull docker.io/library/${key}:latest and the build fails ("pull access denied" or "not found"). ${guess ? `Did you mean --from=${guess}?` : known}`,
          guess ? { fix: { title: `Copy from stage "${guess}"`, edits: [{ range: copy.fromRange, text: guess }] } } : undefined,
        );
      }
  },
});
