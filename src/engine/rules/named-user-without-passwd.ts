// `USER name` in an image whose /etc/passwd has no such user (scratch has no passwd at all).

import { contentKnown } from '../image-files.ts';
import { defineRule } from './define.ts';
import { chainOf, runText } from './lib/stages.ts';
import type { Stage } from '../types.ts';

/**
 * A RUN's text with `$NAME` / `${NAME}` replaced by the stage's ARG/ENV values: the shell expands them
 * at build time (`ARG USERNAME=dev` + `RUN useradd $USERNAME`, the devcontainer pattern).
 */
function expandedRun(s: Stage, r: Stage['runs'][number]): string {
  return runText(r).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, k: string) => s.vars[k] ?? m);
}

const WELL_KNOWN: Record<string, number> = { nobody: 65534, nonroot: 65532 };

/** System users of Debian's base-passwd and Alpine's alpine-baselayout (the catalog lists only a subset). */
const SYSTEM_USERS = new Set(['root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data', 'backup', 'list', 'irc', 'gnats', 'nobody', '_apt', 'adm', 'shutdown', 'halt', 'operator', 'postmaster', 'cron', 'ftp', 'sshd', 'at', 'squid', 'xfs', 'guest', 'ntp', 'smmsp']);

/** runc resolves names through the image's /etc/passwd: "unable to find user app: no matching entries in passwd file". */
export default defineRule({
  id: 'named-user-without-passwd',
  severity: 'error',
  title: 'Named USER missing from /etc/passwd',
  description: 'USER names a user that the final image\'s /etc/passwd does not define (scratch has no passwd file at all), so docker run fails with "unable to find user".',
  category: 'runtime',
  equivalent: { hadolint: 'DL3066', buildkit: null },
  check({ model, target, report }) {
    if (!target || target.rootUnknown) return;
    const o = target.config.userOrigin;
    if (o.kind !== 'line') return;
    const name = target.config.user.split(':')[0].trim();
    if (!name || /^\d+$/.test(name) || name.includes('$')) return;
    const chain = chainOf(model, target);
    if (target.rootImage && name in target.rootImage.users) return;
    // Only minimal images list every user; on a distro base, a standard system user may exist.
    if (!contentKnown(target) && SYSTEM_USERS.has(name)) return;
    // Created by a RUN, or a passwd file copied in: trust it.
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (chain.some((s) => s.runs.some((r) => new RegExp(`\\b(useradd|adduser|usermod)\\b[^;&|\\n]*\\b${esc}\\b`).test(expandedRun(s, r)) || /\/etc\/passwd\b/.test(runText(r))))) return;
    if (chain.some((s) => s.files.some((f) => f.path === '/etc/passwd' || f.path === '/etc' || (f.tree && f.path === '/')))) return;
    // A uid we can propose: a builder's `useradd -u N name`, or the distroless conventions.
    let uid: number | null = WELL_KNOWN[name] ?? null;
    for (const s of model.stages)
      for (const r of s.runs) {
        const m = new RegExp(`\\b(?:useradd|adduser)\\b[^;&|\\n]*?(?:-u|--uid)[\\s=]+(\\d+)[^;&|\\n]*\\b${esc}\\b`).exec(runText(r));
        if (m) uid = Number(m[1]);
      }
    const ins = model.stages[o.stage]?.instructions.find((i) => i.range.line === o.line);
    const range = ins?.args[0]?.range ?? ins?.argsRange ?? o.range;
    const img = target.rootImage?.name ?? 'scratch';
    const group = target.config.user.includes(':') ? target.config.user.slice(target.config.user.indexOf(':')) : '';
    const numeric = uid !== null ? `${uid}${group && !/^:\d+$/.test(group) ? `:${uid}` : group}` : null;
    report(
      range,
      `${img} has ${target.rootImage ? `no user "${name}" in /etc/passwd` : 'no /etc/passwd at all'}, so docker run fails with "unable to find user ${name}: no matching entries in passwd file". Use a numeric uid, which needs no passwd entry${numeric ? `: USER ${numeric}` : ' (e.g. USER 10001:10001)'}.`,
      numeric ? { fix: { title: `USER ${numeric}`, edits: [{ range, text: numeric }] } } : undefined,
    );
  },
});
