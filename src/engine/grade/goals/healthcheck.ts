// Goal kind `healthcheck`: the final image's HEALTHCHECK runs the expected command and can run
// there: exec form (or a shell form the image has a shell for), its program present in the image.
// Docker runs the check with `exec` in the container, NOT through ENTRYPOINT; exit 0 = healthy,
// 1 = unhealthy. Shell form runs ["/bin/sh","-c",…] (or the SHELL in effect).
// Sources: docs.docker.com/reference/dockerfile/#healthcheck; moby daemon/health.go (CMD-SHELL
// gets the container's shell prepended, CMD runs the argv as given).

import { z } from 'zod';
import { formatArgv } from '../../run-args.ts';
import { resolveExecutable } from '../../image-files.ts';
import { shellSplit } from '../../expand.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { describeMatcher, matchArgv, matcherSchema } from '../argv-match.ts';

const params = z.strictObject({
  argv: z.array(matcherSchema).min(1).describe('the expected health-check command, one matcher per token'),
  /** Accept extra trailing arguments after the expected ones. */
  extraArgs: z.boolean().default(false),
});

export default defineGoal({
  kind: 'healthcheck',
  description: 'The final image\'s HEALTHCHECK runs the expected command, in a form the image can run (exec form without a shell), with its program present.',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const want = p.argv.map(describeMatcher).join(' ');
    const hc = final.config.healthcheck;
    // The HEALTHCHECK in effect: the last one of the nearest stage in the FROM chain that has one.
    const own = ctx.chain.map((s) => s.commands.filter((c) => c.keyword === 'HEALTHCHECK').at(-1)).find(Boolean);
    const line = own?.instruction.range.line;
    if (hc === null || hc === undefined) {
      const elsewhere = ctx.model.stages.flatMap((s) => (ctx.chain.includes(s) ? [] : s.commands)).find((c) => c.keyword === 'HEALTHCHECK');
      return fail(elsewhere
        ? `The HEALTHCHECK on line ${elsewhere.instruction.range.line} is in another stage: COPY --from copies files, not image settings, so the final image has no health check. Write HEALTHCHECK in the final stage.`
        : `The final image has no HEALTHCHECK. Add one in exec form: HEALTHCHECK CMD ["${want.split(' ')[0]}", …].`, elsewhere?.instruction.range.line);
    }
    if (hc === 'NONE') return fail(`HEALTHCHECK NONE${line ? ` on line ${line}` : ''} turns the health check off. Write HEALTHCHECK CMD [...] with ${want}.`, line);
    let argv = hc.argv;
    if (hc.form === 'shell') {
      const shell = hc.shell?.[0] ?? '/bin/sh';
      const sh = resolveExecutable(ctx.model, final, shell);
      if (!sh.presence.found && sh.presence.certain)
        return fail(`HEALTHCHECK${line ? ` on line ${line}` : ''} is shell form, so Docker runs ${formatArgv([...(hc.shell ?? ['/bin/sh', '-c']), hc.script ?? ''])}, but the image has no ${shell}: every check fails and the container turns unhealthy. Write it as a JSON array: HEALTHCHECK CMD ["program", "arg"].`, line);
      const words = shellSplit((hc.script ?? '').trim());
      argv = words[0] === 'exec' ? words.slice(1) : words;
    }
    const arg0 = argv[0] ?? '';
    if (arg0.startsWith('-'))
      return fail(`The health check runs ${formatArgv(argv)}: HEALTHCHECK does not go through ENTRYPOINT, so "${arg0}" would be run as a program. Name the program too: ${want}.`, line);
    const exe = resolveExecutable(ctx.model, final, arg0);
    if (!exe.presence.found && exe.presence.certain)
      return fail(`The health check runs ${formatArgv(argv)}, but ${arg0.includes('/') ? `nothing in the final image is at ${exe.path ?? arg0}` : `${arg0} is not on the image's PATH`}, so every check fails (${arg0.includes('/') ? `"stat ${arg0}: no such file or directory"` : '"executable file not found in $PATH"'}) and the container turns unhealthy. ${['curl', 'wget'].includes(arg0.split('/').pop() ?? '') ? 'Distroless and scratch images have no curl or wget: let the app check itself.' : 'Name the path where COPY put the program.'}`, line);
    const why = matchArgv(ctx, final, argv, p.argv, { extra: p.extraArgs });
    if (why) return fail(`The health check runs ${formatArgv(argv)}, but it should run ${want}: ${why}.`, line);
    return pass(`The health check runs ${formatArgv(argv)} in the container: exit 0 means healthy.`, line);
  },
});
