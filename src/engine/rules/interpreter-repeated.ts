// CMD repeats the interpreter that the base image's ENTRYPOINT already runs (distroless
// python3/java/nodejs): `python3 python3 app.py`.

import { defineRule } from './define.ts';
import { argvSource } from './lib/stages.ts';
import { jsonArray } from './lib/text.ts';
import { ECOSYSTEM_TOOLS, interpreterFamily } from '../problems.ts';

/** ERRATA 7: on gcr.io/distroless/python3, CMD ["python3", "app.py"] runs python3.x python3 app.py. */
export default defineRule({
  id: 'interpreter-repeated',
  severity: 'error',
  title: 'Interpreter given twice',
  description: 'The CMD starts with the interpreter that the image\'s ENTRYPOINT already is (distroless python3, java -jar, nodejs), so the interpreter receives its own name as the script and fails.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, run, report }) {
    if (!target || !run.argv) return;
    const problem = run.problems.find((p) => p.code === 'interpreter-repeated');
    if (!problem) return;
    const epLen = target.config.entrypoint?.length ?? 0;
    const src = argvSource(model, run, epLen);
    if (!src || src.written.keyword !== 'CMD') return;
    const w = src.written;
    const spec = w.command;
    const range = spec?.elementRanges?.[0] ?? w.instruction.argsRange;
    let fix;
    const epFamily = interpreterFamily(target.config.entrypoint?.[0]);
    // `npm start` / `gunicorn app:app` behind the interpreter: a tool name, not the interpreter again.
    const tool = spec?.form === 'exec' && !interpreterFamily(spec.argv[0]) && spec.argv[0] !== '-jar';
    if (spec?.form === 'exec' && tool && epFamily === 'python' && ECOSYSTEM_TOOLS.python.test(spec.argv[0] ?? '')) {
      const module = spec.argv[0] === 'pip3' ? 'pip' : spec.argv[0];
      fix = { title: 'Run it as a module', edits: [{ range: w.instruction.argsRange, text: jsonArray(['-m', module, ...spec.argv.slice(1)]) }] };
    } else if (spec?.form === 'exec' && !tool) {
      const java = (target.config.entrypoint ?? []).includes('-jar');
      let rest = spec.argv.slice(1);
      if (java && spec.argv[0] !== '-jar') rest = rest.filter((a, i) => !(i === 0 && a === '-jar'));
      if (java && spec.argv[0] === '-jar') rest = spec.argv.slice(1);
      fix = { title: 'Give only the script', edits: [{ range: w.instruction.argsRange, text: jsonArray(rest) }] };
    }
    report(range, problem.message, fix ? { fix } : undefined);
  },
});
