// Shell-form CMD/ENTRYPOINT: /bin/sh -c starts the app, so docker stop's SIGTERM may never reach it.

import { defineRule } from './define.ts';
import { execFormText, simpleWords, writtenCommands } from './support/commands.ts';
import { DEFAULT_SHELL } from '../command.ts';

/** Prefer exec form for CMD and ENTRYPOINT (silent once a SHELL is set, like BuildKit's JSONArgsRecommended). */
export default defineRule({
  id: 'prefer-exec-form',
  severity: 'warning',
  title: 'Shell form CMD or ENTRYPOINT',
  description: 'Shell form runs the command as `/bin/sh -c "…"`: the shell can stay PID 1, does not forward SIGTERM, and `docker stop` waits 10 s and then kills the app.',
  category: 'entrypoint-cmd',
  equivalent: { hadolint: 'DL3025', buildkit: 'JSONArgsRecommended' },
  check({ target, finalChain, report }) {
    if (!target) return;
    // No shell at all: shell-form-without-shell reports the harder failure.
    const img = target.rootImage;
    if ((!img && !target.rootUnknown) || img?.shell === 'none') return;
    for (const c of writtenCommands(finalChain)) {
      if (c.keyword === 'HEALTHCHECK' || c.command.form !== 'shell' || c.command.malformedJson) continue;
      // BuildKit stays silent when SHELL was set explicitly: the author chose the shell on purpose.
      const shell = c.command.shell ?? DEFAULT_SHELL;
      if (shell.join('\0') !== DEFAULT_SHELL.join('\0') || c.stage.instructions.some((i) => i.keyword === 'SHELL' && i.range.line < c.instruction.range.line)) continue;
      const script = (c.command.script ?? '').trim();
      // `exec app …` replaces the shell: the app is PID 1 and gets the signal.
      if (/^exec\s/.test(script) && !/[;&|]/.test(script)) continue;
      const words = simpleWords(script);
      const fix = words ? { title: `Use exec form ${c.keyword} ${execFormText(words)}`, edits: [{ range: c.instruction.argsRange, text: execFormText(words) }] } : undefined;
      report(
        c.instruction.argsRange,
        `Shell form: Docker runs ${JSON.stringify(['/bin/sh', '-c', script])}. The shell can stay PID 1 and does not pass docker stop's SIGTERM on, so the app gets no chance to shut down and is killed after 10 s.${c.keyword === 'ENTRYPOINT' ? ' Arguments from CMD and docker run are ignored too.' : ''} Use exec form${words ? `: ${c.keyword} ${execFormText(words)}` : ' (a JSON array), or start the script with `exec`'}.`,
        fix ? { fix } : undefined,
      );
    }
  },
});
