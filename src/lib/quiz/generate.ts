// Generates predict-what-runs items from a Dockerfile template × run options. The engine answers
// every item (resolve), so the key cannot disagree with the simulator; distractors come from named
// mistakes (distractors.ts).

import { analyze, formatRunCommand, parseRunArgs, simulate } from '../../engine/index.ts';
import type { DockerfileModel, RunOptions, RunResult, TokenOrigin } from '../../engine/types.ts';
import { MISTAKE_WHY, wrongArgv, wrongPid1, type ArgvAnswer, type Pid1Answer, type Scenario } from './distractors.ts';
import { hash32, seeded, shuffle } from './random.ts';
import { MISTAKES, show, type PredictFile, type QuizIssue } from './schema.ts';
import type { QuizChoice, QuizItem } from './types.ts';

/** How many wrong answers an item shows (fewer when fewer mistakes apply; at least 2). */
const MAX_DISTRACTORS = 3;

/** An argv as the quiz shows it: a JSON array (spaces inside one element stay visible). */
export function formatArgvAnswer(a: ArgvAnswer): string {
  return a === null ? 'Nothing starts: "No command specified"' : `[${a.map((w) => JSON.stringify(w)).join(', ')}]`;
}

/** A PID 1 answer as the quiz shows it. */
export function formatPid1Answer(a: Pid1Answer): string {
  return `PID 1 is ${formatArgvAnswer(a.argv)}; docker stop's SIGTERM ${a.sigterm ? 'reaches the app' : 'does not reach the app'}`;
}

/** Every combination of slot values, substituted into the template. */
export function expandTemplate(t: Pick<PredictFile, 'template' | 'slots'>): { text: string; values: Record<string, string> }[] {
  let combos: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(t.slots)) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  return combos.map((values) => ({ values, text: t.template.replace(/\{\{([a-z0-9_]+)\}\}/g, (_, k: string) => values[k]) }));
}

/** The run options and the shell lines shown for one `runs` entry. */
export function runOf(run: PredictFile['runs'][number]): { opts: RunOptions; commands: string[] } {
  const { args, target } = typeof run === 'string' ? { args: run, target: undefined } : run;
  const { ignored: _ignored, ...parsed } = parseRunArgs(args);
  const opts: RunOptions = target ? { ...parsed, target } : parsed;
  const build = target ? `docker build --target ${target} -t app .` : 'docker build -t app .';
  return { opts, commands: [build, formatRunCommand(opts, 'app')] };
}

function describeOrigin(model: DockerfileModel, o: TokenOrigin['origin']): string {
  switch (o.kind) {
    case 'line': {
      const ins = model.instructions.find((i) => i.range.line === o.line);
      return `${ins?.keyword ?? 'the instruction'} on line ${o.line}`;
    }
    case 'base':
      return `the base image ${o.image}`;
    case 'run-arg':
      return 'the arguments after the image name';
    case 'entrypoint-flag':
      return '--entrypoint';
    case 'script':
      return `the ${o.name} script`;
    default:
      return 'nowhere';
  }
}

/** Engine notes for the explanation: where each token came from, predicted failures, PID 1. */
export function engineDetails(model: DockerfileModel, r: RunResult, ask: PredictFile['ask']): string[] {
  const out: string[] = [];
  const groups: { from: string; tokens: string[] }[] = [];
  for (const t of r.origins) {
    const from = describeOrigin(model, t.origin);
    const last = groups.at(-1);
    if (last && last.from === from) last.tokens.push(t.token);
    else groups.push({ from, tokens: [t.token] });
  }
  if (groups.length) out.push(`Where it comes from: ${groups.map((g) => `${g.tokens.map((x) => JSON.stringify(x)).join(' ')} from ${g.from}`).join('; ')}.`);
  if (r.argv === null && r.error) out.push(`Docker reports: ${r.error}.`);
  for (const p of r.problems) if (p.code !== 'no-command') out.push(`At run time: ${p.message}`);
  // PID 1 matters when asked, or when it is not simply the app (a lone interactive shell needs no signal lecture).
  const loneShell = r.pid1.kind === 'shell' && r.pid1.argv.length === 1;
  if (r.pid1.kind !== 'none' && (ask === 'pid1' || (r.pid1.kind !== 'app' && !loneShell))) out.push(r.pid1.explanation);
  return out;
}

/** Generate every item of one template file. Problems (unknown base, too few distractors) are issues. */
export function generatePredictItems(t: PredictFile, file: string): { items: QuizItem[]; issues: QuizIssue[] } {
  const items: QuizItem[] = [];
  const issues: QuizIssue[] = [];
  const mistakes = t.mistakes ?? MISTAKES;
  for (const { text, values } of expandTemplate(t)) {
    const model = analyze(text);
    t.runs.forEach((run, k) => {
      const { opts, commands } = runOf(run);
      const where = `runs.${k} with ${show(values)}`;
      const result: RunResult = simulate(model, opts);
      const stage = model.stages[result.stageIndex];
      if (!stage || (result.argv === null && result.error && !/no command/i.test(result.error))) {
        issues.push({ file, field: where, expected: 'a Dockerfile the engine can build', found: show(result.error ?? 'no stage') });
        return;
      }
      if (stage.rootUnknown && stage.base.kind !== 'scratch') {
        issues.push({ file, field: where, expected: 'base images the catalog knows (the answer must not rest on a guess)', found: show(stage.baseRef) });
        return;
      }
      const s: Scenario = { model, opts, result };
      const correct = t.ask === 'pid1' ? formatPid1Answer({ argv: result.pid1.argv, sigterm: result.pid1.receivesSigterm }) : formatArgvAnswer(result.argv);
      if (t.ask === 'pid1' && result.argv === null) {
        issues.push({ file, field: where, expected: 'a run that starts a process (ask: pid1)', found: 'no command' });
        return;
      }
      const wrong: QuizChoice[] = [];
      const seen = new Set([correct]);
      for (const m of mistakes) {
        if (wrong.length >= MAX_DISTRACTORS) break;
        const a = t.ask === 'pid1' ? wrongPid1(m, s) : wrongArgv(m, s);
        if (a === undefined) continue;
        const txt = t.ask === 'pid1' ? formatPid1Answer(a as Pid1Answer) : formatArgvAnswer(a as ArgvAnswer);
        if (seen.has(txt)) continue;
        seen.add(txt);
        wrong.push({ text: txt, why: MISTAKE_WHY[m] });
      }
      if (wrong.length < 2) {
        issues.push({ file, field: where, expected: 'at least 2 distractors from the listed mistakes', found: `${wrong.length}` });
        return;
      }
      const id = `${t.id}-${hash32(`${text}\0${JSON.stringify(run)}`).toString(36)}`;
      const choices = shuffle([{ text: correct }, ...wrong], seeded(hash32(id)));
      items.push({
        id,
        module: t.module,
        kind: 'predict',
        lesson: t.lesson,
        question:
          t.ask === 'pid1'
            ? 'Which process is PID 1, and does docker stop’s SIGTERM reach the app?'
            : 'What does the container run? (The argv the runtime executes: ENTRYPOINT + CMD after the overrides.)',
        dockerfile: text.replace(/\n+$/, ''),
        commands,
        choices,
        answer: choices.findIndex((c) => c.text === correct),
        explanation: t.explanation.trim(),
        details: engineDetails(model, result, t.ask),
        source: t.source,
        template: t.id,
      });
    });
  }
  return { items, issues };
}
