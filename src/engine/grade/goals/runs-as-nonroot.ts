// Goal kind `runs-as-nonroot`: the final image's user is not root: a USER with a non-zero uid or
// a name that exists in the image's /etc/passwd (distroless `nonroot`, a user created by RUN), or
// a base image that already runs as non-root (`:nonroot` tags). USER in a builder stage does not
// count; the last USER of the final stage's chain wins.

import { z } from 'zod';
import type { Stage } from '../../types.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { runScript, stageCommands } from '../commands.ts';
import { chainOf } from '../trace.ts';
import type { GoalContext } from '../context.ts';

const params = z.strictObject({});

/** Users created by useradd/adduser in a stage chain. */
function createdUsers(ctx: GoalContext, s: Stage): Set<string> {
  const out = new Set<string>();
  for (const st of chainOf(ctx.model, s))
    for (const c of stageCommands(st)) {
      if (!/^(useradd|adduser)$/.test(c.words[0] ?? '')) continue;
      const args = c.words.slice(1);
      const name = [...args].reverse().find((w) => !w.startsWith('-'));
      if (name) out.add(name);
    }
  // Entries written straight into /etc/passwd: RUN echo "app:x:10001:10001::/:/sbin/nologin" >> /etc/passwd
  for (const st of chainOf(ctx.model, s))
    for (const r of st.runs) {
      const script = runScript(r);
      if (!script.includes('/etc/passwd')) continue;
      for (const m of script.matchAll(/(?:^|["'\s])([A-Za-z_][\w.-]*):x?:\d+:\d+:/g)) out.add(m[1]);
    }
  return out;
}

/** Users known to exist in the image of `s`: base image users, created ones, and a copied /etc/passwd. */
function knownUsers(ctx: GoalContext, s: Stage, depth = 0): Set<string> | null {
  if (s.rootUnknown) return null;
  const users = new Set<string>([...Object.keys(s.rootImage?.users ?? {}), ...createdUsers(ctx, s)]);
  for (const st of chainOf(ctx.model, s))
    for (const c of st.copies)
      if (c.destAbs === '/etc/passwd' || c.destAbs === '/etc' || c.destAbs === '/etc/') {
        // Only a copy of the source stage's own /etc/passwd (or /etc) has that stage's users;
        // any other file copied over /etc/passwd is one we cannot read.
        const ownPasswd = c.sources.every((src) => /^\/?etc(\/passwd)?\/?$/.test(src));
        if (c.source.kind === 'stage' && depth < 4 && ownPasswd) {
          const src = knownUsers(ctx, ctx.model.stages[c.source.stage], depth + 1);
          if (!src) return null;
          src.forEach((u) => users.add(u));
        } else return null;
      }
  return users;
}

export default defineGoal({
  kind: 'runs-as-nonroot',
  description: 'The final image runs as a non-root user that exists (USER uid/name or a :nonroot base); USER root last fails.',
  params,
  check(ctx) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const o = final.config.userOrigin;
    const line = o.kind === 'line' ? o.line : undefined;
    const user = final.config.user.trim();
    const name = user.split(':')[0];
    const from = o.kind === 'base' ? ` (set by the base image ${o.image})` : line ? ` (USER on line ${line})` : '';
    if (name === '' || name === 'root' || /^0+$/.test(name))
      return fail(`The container runs as root${name ? from : ' (no USER in the final stage, and the base image sets none)'}. Add USER with a non-zero uid, e.g. USER 65532:65532, or use a :nonroot image. A USER in a builder stage does not carry over.`, line);
    if (/^\d+$/.test(name)) return pass(`The container runs as uid ${name}${from}.`, line);
    const users = knownUsers(ctx, final);
    if (users === null) return pass(`The container runs as ${name}${from}.`, line);
    if (!users.has(name))
      return fail(`USER ${name}${from}: the final image has no user named ${name} in /etc/passwd, so docker run fails with "unable to find user ${name}: no matching entries in passwd file". Create it in the final stage or use a numeric uid (USER 10001).`, line);
    const uid = final.rootImage?.users?.[name];
    if (uid === 0) return fail(`User ${name} has uid 0: the container still runs as root.`, line);
    return pass(`The container runs as ${name}${uid !== undefined ? ` (uid ${uid})` : ''}${from}.`, line);
  },
});
