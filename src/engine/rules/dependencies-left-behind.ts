// Packages installed in a builder where the final stage never copies them from.

import type { Stage } from '../types.ts';
import { defineRule } from './define.ts';
import { coversSystemSitePackages, nodeInstalls, pipInstalls, type Install } from './lib/packages.ts';
import { copiesFromStages, covers, runText, sourcePath, stageLabel } from './lib/stages.ts';

const base = (s: string) => s.split('/').pop() ?? '';

/**
 * ERRATA 3: `pip install -r requirements.txt` into the builder's system Python, then
 * `COPY --from=builder /app /app`: the packages stay behind and the app dies with
 * ModuleNotFoundError. Same for node_modules when only the sources or dist are copied.
 */
export default defineRule({
  id: 'dependencies-left-behind',
  severity: 'error',
  title: 'Dependencies left in the builder',
  description: 'A builder installs the packages where the final stage does not copy them from (system site-packages, a venv or node_modules that is never copied), so the app fails at start with ModuleNotFoundError / Cannot find module.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, run, report }) {
    if (!target) return;
    const finalRuns = finalChain.flatMap((s) => s.runs.map(runText)).join('\n');
    const argv = run.argv ?? [...(target.config.entrypoint ?? []), ...(target.config.cmd ?? [])];
    const runsPython = target.rootImage?.runtime?.language === 'python' || argv.some((a) => /^(python[\d.]*|gunicorn|uvicorn|celery|flask|django-admin|daphne|hypercorn)$/.test(base(a)));
    const runsNode = target.rootImage?.runtime?.language === 'node' || argv.some((a) => /^(node|nodejs|npm)$/.test(base(a)));
    const copies = finalChain.flatMap((s) => copiesFromStages(model, s));
    const seen = new Set<string>();
    for (const { copy, from } of copies) {
      const paths = [...new Set(copies.filter((c) => c.from === from).flatMap((c) => c.copy.sources.map(sourcePath)))];
      const check = (inst: Install, kind: 'python' | 'node') => {
        const key = `${from.index}:${inst.location}`;
        if (seen.has(key)) return;
        const covered = inst.location === 'system' ? paths.some(coversSystemSitePackages) : paths.some((p) => covers(p, inst.location) || covers(inst.location, p));
        if (covered) return;
        seen.add(key);
        const where = inst.location === 'system' ? 'the system site-packages (under /usr)' : inst.location;
        const fix =
          kind === 'python'
            ? `Install into a virtualenv in the builder (RUN python -m venv /opt/venv, ENV PATH="/opt/venv/bin:$PATH", then pip install) and COPY --from=${copy.from} /opt/venv /opt/venv with the same ENV PATH in the final stage, or pip install --prefix=/install and COPY --from=${copy.from} /install /usr/local.`
            : `Copy them too: COPY --from=${copy.from} ${inst.location} ${inst.location}, or install production dependencies in the final stage (npm ci --omit=dev).`;
        report(
          copy.fromRange ?? copy.instruction.argsRange,
          `${inst.how} on line ${inst.line} in ${stageLabel(from)} puts the packages in ${where}, but the final stage copies only ${paths.join(', ')} from it: the packages are not in the image and the app fails at start with ${kind === 'python' ? 'ModuleNotFoundError' : '"Cannot find module"'}. ${fix}`,
        );
      };
      if (runsPython && !/\bpip[\d.]*\s+install\b|-m\s+pip\s+install\b|\buv\s+(pip|sync)\b|\bpoetry\s+install\b/.test(finalRuns)) {
        for (const inst of chainInstalls(model.stages, from, (s) => pipInstalls(model, s))) check(inst, 'python');
      }
      if (runsNode && !/\b(npm\s+(ci|install|i)|yarn|pnpm\s+(install|i))\b/.test(finalRuns)) {
        // Only when sources or a build output of that stage's app directory are copied (a bundler's
        // standalone output carries its own node_modules).
        for (const inst of chainInstalls(model.stages, from, nodeInstalls)) {
          const app = inst.location.replace(/\/node_modules$/, '');
          if (!app) continue; // node_modules at / : copies of other top-level paths say nothing
          // Next.js `output: 'standalone'` traces the needed node_modules into .next/standalone;
          // .next/static and public are copied next to it (nextjs.org docs, output: standalone).
          if (paths.some((p) => /standalone/.test(p))) continue;
          const fromApp = paths.some((p) => p !== app && covers(app, p));
          const nodeModulesElsewhere = copies.some((c) => c.copy.sources.some((s) => /node_modules/.test(s)));
          if (fromApp && !nodeModulesElsewhere) check(inst, 'node');
        }
      }
    }
  },
});

/** Installs in `stage` and the stages it is built FROM. */
function chainInstalls(stages: Stage[], stage: Stage, find: (s: Stage) => Install[]): Install[] {
  const out: Install[] = [];
  const seen = new Set<number>();
  let s: Stage | undefined = stage;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    out.push(...find(s));
    s = s.base.kind === 'stage' ? stages[s.base.stage] : undefined;
  }
  return out;
}
