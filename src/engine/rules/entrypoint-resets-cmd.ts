// ENTRYPOINT set without CMD while the base had a CMD: the inherited CMD is dropped.

import { defineRule } from './define.ts';
import { passesArgsOn } from './support/commands.ts';
import type { ImageConfig, Stage } from '../types.ts';

/** The config a stage starts from: its parent stage's, or the catalog image's. */
function baseCmd(stages: Stage[], s: Stage): { cmd: string[] | null; entrypoint: string[] | null; from: string } {
  if (s.base.kind === 'stage') {
    const p = stages[s.base.stage];
    const c: ImageConfig = p.config;
    return { cmd: c.cmd, entrypoint: c.entrypoint, from: `stage "${p.nameAsWritten ?? p.index}"` };
  }
  if (s.base.kind === 'image' && s.base.lookup.image) return { cmd: s.base.lookup.image.cmd, entrypoint: s.base.lookup.image.entrypoint, from: s.baseRef };
  return { cmd: null, entrypoint: null, from: s.baseRef };
}

/** An OS image's default CMD is just an interactive shell (`/bin/sh` on alpine, `bash` on debian). */
const isBareShell = (cmd: string[]): boolean => cmd.length === 1 && /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash)$/.test(cmd[0]);

/** Re-declaring an entrypoint that expects arguments silently drops the CMD the base gave it. */
export default defineRule({
  id: 'entrypoint-resets-cmd',
  severity: 'info',
  title: 'ENTRYPOINT drops the inherited CMD',
  description: 'Setting ENTRYPOINT resets a CMD inherited from the base image or parent stage: `FROM nginx` + `ENTRYPOINT ["/docker-entrypoint.sh"]` runs the script with no arguments, not nginx.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target || target.config.cmd?.length) return;
    for (const s of finalChain) {
      const own = s.commands.filter((c) => c.instruction.range.line >= s.from.range.line);
      const eps = own.filter((c) => c.keyword === 'ENTRYPOINT');
      const last = eps[eps.length - 1];
      if (!last) continue;
      // A CMD written earlier in the same stage survives the ENTRYPOINT.
      if (own.some((c) => c.keyword === 'CMD' && c.instruction.range.line < last.instruction.range.line)) continue;
      const base = baseCmd(model.stages, s);
      if (!base.cmd?.length) continue;
      let ep = s.config.entrypoint;
      // `env [-i] [VAR=x] program args…` is the program after env: judge that.
      if (ep && /(^|\/)env$/.test(ep[0])) {
        const k = ep.findIndex((a, i) => i > 0 && !a.startsWith('-') && !a.includes('='));
        if (k > 0) ep = ep.slice(k);
      }
      // Only a surprise when the new entrypoint expects arguments (a wrapper or the base's own entrypoint).
      const same = !!ep && !!base.entrypoint && JSON.stringify(ep) === JSON.stringify(base.entrypoint);
      // A bare program (`ENTRYPOINT ["nginx"]`) also expects the arguments the base CMD gave it.
      if (!same && !passesArgsOn(ep) && (ep?.length ?? 0) !== 1) continue;
      // Dropping an OS image's shell CMD is the point of `ENTRYPOINT ["/bin/server"]` on alpine or debian,
      // and s6-overlay's `/init` supervises its services with no arguments (just-containers/s6-overlay README).
      if (isBareShell(base.cmd) && (!passesArgsOn(ep) || ep?.[0] === '/init')) continue;
      report(
        last.instruction.keywordRange,
        `Setting ENTRYPOINT drops the CMD ${JSON.stringify(base.cmd)} inherited from ${base.from}, so \`docker run\` runs ${JSON.stringify(s.config.entrypoint ?? [])} with no arguments${passesArgsOn(ep) ? ' and the wrapper has nothing to start' : ''}. Repeat the command after it: CMD ${JSON.stringify(base.cmd)}.`,
        { fix: { title: `Add CMD ${JSON.stringify(base.cmd)}`, edits: [{ range: { line: last.instruction.range.endLine, column: last.instruction.range.endColumn, endLine: last.instruction.range.endLine, endColumn: last.instruction.range.endColumn }, text: `\nCMD ${JSON.stringify(base.cmd).replace(/","/g, '", "')}` }] } },
      );
    }
  },
});
