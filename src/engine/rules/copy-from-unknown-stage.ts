// `COPY --from=X` where X is neither a stage nor an image reference: BuildKit tries to pull X.

import { lookupImage } from '../catalog/index.ts';
import { defineRule } from './define.ts';
import { closest } from './lib/text.ts';
import { OFFICIAL_IMAGES } from './lib/official-images.ts';

/** `--from=buidler`: no stage of that name, so BuildKit pulls an image called `buidler` and fails; or the stage comes later. */
export default defineRule({
  id: 'copy-from-unknown-stage',
  severity: 'error',
  title: 'COPY --from names no stage',
  description: 'COPY --from=X where X is no stage name: BuildKit treats X as an image, tries to pull it from a registry and the build fails late with "pull access denied". A stage defined further down does not count: BuildKit refuses to copy from it.',
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
          // BuildKit's dockerfile2llb checks the order (buildkit#4568, merged 2024-01): Docker 20.10's
          // BuildKit instead copied from the stage before its instructions ran (read off a real engine).
          report(
            copy.fromRange,
            `Stage "${later.nameAsWritten}" is defined after this one (line ${later.from.range.line}), and COPY --from only sees stages above it: BuildKit fails the build with "cannot copy from stage \"${x}\", it needs to be defined before current stage". Move stage "${later.nameAsWritten}" above line ${stage.from.range.line}.`,
          );
          continue;
        }
        // A bare official image name (`--from=nginx`, `--from=busybox`) is a legitimate image copy.
        if (lookupImage(x).image) continue;
        const names = model.stages.filter((s) => s.index < stage.index && s.name).map((s) => s.nameAsWritten ?? s.name!);
        const guess = closest(x, names);
        // Any other Docker Official Image (`--from=composer`) is pulled as NAME:latest and works,
        // unless it is one typo away from a stage name, which is the likelier intent.
        if (!guess && OFFICIAL_IMAGES.has(key)) continue;
        const known = names.length ? `Stages defined above: ${names.join(', ')}.` : 'No stage is named above this line.';
        report(
          copy.fromRange,
          `No stage is named "${x}", so BuildKit treats it as an image, tries to pull docker.io/library/${key}:latest and the build fails ("pull access denied" or "not found"). ${guess ? `Did you mean --from=${guess}?` : known}`,
          guess ? { fix: { title: `Copy from stage "${guess}"`, edits: [{ range: copy.fromRange, text: guess }] } } : undefined,
        );
      }
  },
});
