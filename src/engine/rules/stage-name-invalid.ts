// Stage names BuildKit rejects (pattern) or warns about (reserved words, upper case).

import { defineRule } from './define.ts';

const PATTERN = /^[a-z][a-z0-9-_.]*$/;
const RESERVED = new Set(['scratch', 'context']);

/**
 * BuildKit: a name must match `^[a-z][a-z0-9-_.]*$` after lower-casing (else a parse error);
 * `scratch`/`context` are reserved (check ReservedStageName); upper case draws StageNameCasing.
 */
export default defineRule({
  id: 'stage-name-invalid',
  severity: 'error',
  title: 'Invalid stage name',
  description: 'A stage name that docker build rejects (must start with a letter; letters, digits, -, _ and . only), a reserved name (scratch, context) or one written in upper case.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: 'ReservedStageName, StageNameCasing' },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange || !stage.nameAsWritten) continue;
      const written = stage.nameAsWritten;
      if (!PATTERN.test(stage.name)) {
        const fixed = stage.name.replace(/[^a-z0-9-_.]/g, '-').replace(/^[^a-z]+/, '');
        report(
          stage.nameRange,
          `"${written}" is not a valid stage name: names must start with a letter and contain only letters, digits, -, _ and ., so docker build fails ("invalid name for build stage").${fixed ? ` Use e.g. "${fixed}".` : ''}`,
          fixed ? { fix: { title: `Rename the stage to ${fixed}`, edits: [{ range: stage.nameRange, text: fixed }] } } : undefined,
        );
      } else if (RESERVED.has(stage.name)) {
        report(
          stage.nameRange,
          `"${written}" is reserved: FROM ${stage.name} and --from=${stage.name} mean ${stage.name === 'scratch' ? 'the empty image' : 'the build context'}, not this stage, so later references silently miss it (BuildKit warns: ReservedStageName). Pick another name.`,
          { severity: 'warning' },
        );
      } else if (written !== stage.name) {
        report(
          stage.nameRange,
          `Stage names are case-insensitive and BuildKit stores "${written}" as "${stage.name}"; FROM ${written} would even be read as an image reference (repository names must be lower case). Write it lower case (BuildKit check StageNameCasing).`,
          { severity: 'warning', fix: { title: `Write ${stage.name}`, edits: [{ range: stage.nameRange, text: stage.name }] } },
        );
      }
    }
  },
});
