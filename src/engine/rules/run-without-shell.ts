// RUN in a stage whose image has no shell: the build step cannot start.

import { isShell } from '../command.ts';
import { defineRule } from './define.ts';
import { programPresence, shellAbsent } from './lib/presence.ts';
import { stageLabel } from './lib/stages.ts';

/** Shell-form RUN is `/bin/sh -c …`; on scratch or distroless the build stops at the first one. */
export default defineRule({
  id: 'run-without-shell',
  severity: 'error',
  title: 'RUN in an image without a shell',
  description: 'A shell-form RUN (or an exec-form RUN that calls sh) in a stage whose base has no shell (scratch, distroless): the step cannot start and docker build fails.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, reachable, report }) {
    for (const stage of reachable) {
      for (const run of stage.runs) {
        const spec = run.command;
        const line = run.instruction.range.line;
        const shellForm = spec.form === 'shell';
        if (!shellForm && !isShell(spec.argv[0])) continue;
        const absent = shellForm ? shellAbsent(model, stage, spec.shell, line) : programPresence(model, stage, spec.argv[0], line).presence === 'absent';
        if (!absent) continue;
        const shell = shellForm ? (spec.shell?.[0] ?? '/bin/sh') : spec.argv[0];
        const img = stage.rootImage?.name ?? 'scratch';
        report(
          shellForm ? run.instruction.argsRange : (spec.elementRanges?.[0] ?? run.instruction.argsRange),
          `${shellForm ? `Shell-form RUN runs ${shell} -c "…"` : `This RUN starts ${shell}`}, but ${stageLabel(stage)} is built on ${img}, which has no ${shell}: docker build fails here ("${shell}: no such file or directory"). Do this work in a builder stage that has a shell (e.g. debian or alpine) and COPY --from it the result.`,
        );
        break; // the build stops at the first failing step of the stage
      }
    }
  },
});
