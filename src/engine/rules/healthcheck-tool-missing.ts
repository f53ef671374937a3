// HEALTHCHECK that calls curl / wget / a shell the final image does not have.

import { isShell } from '../command.ts';
import type { Stage } from '../types.ts';
import { defineRule } from './define.ts';
import { programPresence } from './lib/presence.ts';
import { chainOf, effectiveCommands, elementRange, runText } from './lib/stages.ts';
import type { DockerfileModel } from '../types.ts';

const TOOLS = ['curl', 'wget'];

/**
 * Whether `tool` is missing from `stage`'s image. Certain for minimal images; for slim Debian
 * images (python/node/debian *-slim ship neither curl nor wget) and Alpine (BusyBox has wget, not
 * curl), unless a RUN installs it.
 */
function missing(model: DockerfileModel, stage: Stage, tool: string): boolean {
  const pr = programPresence(model, stage, tool).presence;
  if (pr !== 'unknown') return pr === 'absent';
  if (stage.rootUnknown || !stage.rootImage) return false;
  const installed = chainOf(model, stage).some((s) => s.runs.some((r) => new RegExp(`\\b(apt-get|apt|apk|microdnf|dnf|yum)\\b[^;&|]*\\b(install|add)\\b[^;&|]*\\b${tool}\\b`).test(runText(r)) || (tool === 'wget' && /\bapk\b[^;&|]*\bbusybox-extras\b/.test(runText(r)))));
  if (installed || chainOf(model, stage).some((s) => s.files.some((f) => f.path.endsWith(`/${tool}`)))) return false;
  const name = stage.rootImage.name;
  if (/-slim\b/.test(name)) return true;
  if (stage.rootImage.libc === 'musl' && stage.rootImage.shell === 'busybox') return tool === 'curl' && !stage.rootImage.tools.includes('curl');
  return false;
}

/** A health check that cannot run marks a healthy container unhealthy (and orchestrators restart it). */
export default defineRule({
  id: 'healthcheck-tool-missing',
  severity: 'warning',
  title: 'Health check tool missing',
  description: 'HEALTHCHECK calls curl, wget or a shell that the final image does not contain, so every check fails and the container is reported unhealthy.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target) return;
    const hc = effectiveCommands(model, target, finalChain).healthcheck;
    const spec = hc?.command;
    if (!hc || !spec) return;
    const name = target.rootImage?.name ?? 'scratch';
    if (spec.form === 'exec') {
      const arg0 = spec.argv[0] ?? '';
      const tool = arg0.split('/').pop() ?? '';
      if (!(TOOLS.includes(tool) || isShell(arg0))) {
        // Any other program: only when the image is known not to have it (`["node", "hc.js"]` on
        // distroless nodejs, whose node is /nodejs/bin/node and not on PATH).
        if (programPresence(model, target, arg0).presence !== 'absent') return;
        report(
          elementRange(hc, 0),
          `The health check runs ${arg0}, which is not ${arg0.includes('/') ? 'in' : 'on the PATH of'} ${name}, so every check fails with "executable file not found" and the container is reported unhealthy. Call a program the final image has, by its absolute path${target.rootImage?.entrypoint?.length ? ` (the image's entrypoint is ${target.rootImage.entrypoint[0]})` : ''}.`,
        );
        return;
      }
      if (arg0.includes('/') ? programPresence(model, target, arg0).presence !== 'absent' : !missing(model, target, tool)) return;
      report(
        elementRange(hc, 0),
        `The health check runs ${arg0}, which ${name} does not contain, so every check fails and the container is reported unhealthy. ${advice(tool)}`,
      );
      return;
    }
    // Shell form. With no shell at all shell-form-without-shell reports the error; this rule still
    // names the check's tools (RULES.md: "HEALTHCHECK … uses curl/wget/sh absent from the final image").
    const script = spec.script ?? '';
    const shell = spec.shell?.[0] ?? '/bin/sh';
    const noShell = programPresence(model, target, shell).presence === 'absent';
    for (const tool of TOOLS) {
      if (!new RegExp(`(^|[;&|(]\\s*|\\s)${tool}\\s`).test(` ${script} `.replace(/^ /, '')) && !new RegExp(`^\\s*${tool}\\b`).test(script)) continue;
      if (noShell && missing(model, target, tool)) {
        report(hc.instruction.argsRange, `The health check is shell form, so it runs ${shell} -c "…" and calls ${tool}: ${name} has neither ${shell} nor ${tool}, so every check fails and the container turns unhealthy. ${advice(tool)}`);
        return;
      }
      if (noShell) return;
      if (!missing(model, target, tool)) continue;
      report(hc.instruction.argsRange, `The health check calls ${tool}, which ${name} does not include, so the check fails with "${tool}: not found" and the container turns unhealthy. ${advice(tool)}`);
      return;
    }
  },
});

function advice(tool: string): string {
  return `Install it in the final stage (${tool === 'curl' ? 'apt-get install -y --no-install-recommends curl' : 'apt-get install -y wget'}), use a tool the image has (e.g. python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"), or, on distroless, ship a small health-check binary and call it in exec form.`;
}
