// The target image has no ENTRYPOINT and no CMD, own or inherited: `docker run IMAGE` fails.

import { defineRule } from './define.ts';

/** An image with nothing to run: the daemon refuses to start it ("No command specified"). */
export default defineRule({
  id: 'no-command',
  severity: 'error',
  title: 'The image has no command to run',
  description: 'Neither the Dockerfile nor the base image sets ENTRYPOINT or CMD, so `docker run IMAGE` fails with "No command specified".',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, run, report }) {
    if (!target) return;
    // eclipse-temurin JRE: an inherited entrypoint script that only execs its arguments, and no CMD
    // anywhere: the container starts the script with nothing to run and exits at once.
    const idle = run.argv?.length === 1 && target.config.entrypointOrigin.kind === 'base' && run.problems.find((p) => p.code === 'script-no-args');
    if (idle) {
      report(target.nameRange ?? target.baseRange, `The image sets no CMD, and ${target.baseRef} has none either: its ENTRYPOINT ${JSON.stringify(run.argv)} gets nothing to run. ${idle.message}`);
      return;
    }
    if (run.argv !== null || run.error !== 'no command specified') return;
    // Unknown base: its config was assumed empty, so "no command" may be our guess, not a fact.
    if (target.rootUnknown) return;
    const from = target.base.kind === 'image' ? target.baseRef : target.base.kind === 'scratch' ? 'scratch' : `stage "${model.stages[target.base.stage]?.nameAsWritten ?? target.base.stage}"`;
    // A scratch stage holding only COPY lines is the usual `docker build --output` export stage.
    const exportOnly = finalChain.every((s) => s.base.kind !== 'image' && s.instructions.every((i) => ['COPY', 'ADD', 'ARG', 'LABEL'].includes(i.keyword)));
    const where = target.nameRange ?? target.baseRange;
    if (exportOnly) {
      report(where, `This stage sets no ENTRYPOINT or CMD and ${from} has none, so \`docker run\` on it fails with "No command specified". Fine if the stage only exports files (docker build --output); otherwise add ENTRYPOINT ["/path/to/app"].`, { severity: 'info' });
      return;
    }
    report(where, `The image sets no ENTRYPOINT or CMD and ${from} provides none, so \`docker run\` fails with "No command specified". Add an exec-form command, e.g. ENTRYPOINT ["/app/server"] or CMD ["/app/server"].`);
  },
});
