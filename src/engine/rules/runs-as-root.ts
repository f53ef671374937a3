// The final image runs as uid 0: no USER on a root base image, or an explicit USER root / 0.

import { isDistroless } from '../catalog/index.ts';
import { defineRule } from './define.ts';

const isRoot = (user: string) => {
  const u = user.split(':')[0].trim();
  return u === '' || u === 'root' || u === '0';
};

/** Only the target is judged (hadolint's DL3002 also fires on builders: the top complaint). */
export default defineRule({
  id: 'runs-as-root',
  severity: 'warning',
  title: 'Runs as root',
  description: 'The final image runs its process as root (uid 0): a bug or a break-out in the app gets root inside the container. Builder stages are not judged.',
  category: 'runtime',
  equivalent: { hadolint: 'DL3002', buildkit: null },
  check({ model, target, finalChain, run, report }) {
    if (!target) return;
    // A scratch stage of only COPY/ADD lines and no command is a `docker build --output` export
    // (docs.docker.com "Export binaries"): nothing ever runs in it, so no user either.
    const exportOnly = run.argv === null && finalChain.every((s) => s.base.kind !== 'image' && s.instructions.every((i) => ['COPY', 'ADD', 'ARG', 'LABEL'].includes(i.keyword)));
    if (exportOnly) return;
    const c = target.config;
    if (!isRoot(c.user) || c.user.includes('$')) return;
    const o = c.userOrigin;
    if (o.kind === 'line') {
      const ins = model.stages[o.stage]?.instructions.find((i) => i.range.line === o.line);
      // `USER $APP_UID` with a variable we cannot resolve (set by an unknown base image): no verdict.
      if (ins?.argsText.includes('$') && c.user.split(':')[0].trim() === '') return;
      report(
        ins?.argsRange ?? o.range,
        `USER ${c.user} makes the final image run as root (uid 0). Switch to an unprivileged user after the steps that need root: USER 65532 (or a user you create, e.g. RUN useradd -r -u 10001 app, then USER 10001).`,
      );
      return;
    }
    // Inherited: stay silent when the base image is unknown (its USER may be anything).
    if (target.rootUnknown) return;
    const root = finalChain[finalChain.length - 1];
    const img = target.rootImage;
    const name = img?.name ?? 'scratch';
    const nonroot = img && isDistroless(img) && img.name.startsWith('gcr.io/distroless/') && !root.baseRaw.includes('$');
    const fixed = nonroot ? (/:[^/]+$/.test(root.baseRaw) ? root.baseRaw.replace(/:([^/:]+)$/, (_, t: string) => `:${t.includes('debug') ? 'debug-nonroot' : 'nonroot'}`) : `${root.baseRaw}:nonroot`) : null;
    const hint = img?.users && 'nonroot' in img.users ? 'USER nonroot (uid 65532, already in its /etc/passwd)' : name === 'scratch' ? 'USER 65532:65532 (a numeric uid: scratch has no /etc/passwd)' : 'USER with an unprivileged uid (create one with useradd/adduser if the image has none)';
    report(
      target === root ? target.baseRange : target.from.range,
      `No USER is set, so the process runs as ${name}'s default user, root (uid 0). Add ${hint}${fixed ? `, or use ${fixed}` : ''}.`,
      fixed ? { fix: { title: `Use ${fixed}`, edits: [{ range: root.baseRange, text: fixed }] } } : undefined,
    );
  },
});
