// Stage-level helpers shared by the rules: names for messages, the commands that shape the final
// config, RUNs that build an artifact, and copies from other stages.

import type { CommandSpec, CopyInstruction, DockerfileModel, Instruction, Range, RunResult, Stage } from '../../types.ts';
import { fromChain } from '../../stages.ts';

/** How a stage is named in messages: `"build"` or `stage 0`. */
export function stageLabel(stage: Stage): string {
  return stage.nameAsWritten ? `"${stage.nameAsWritten}"` : `stage ${stage.index}`;
}

/** A CMD / ENTRYPOINT / HEALTHCHECK instruction written in some stage. */
export interface WrittenCommand {
  stage: Stage;
  instruction: Instruction;
  keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK';
  command: CommandSpec | null;
}

/** The instruction written at `line` among `stage`'s commands. */
function commandAt(stage: Stage, line: number): WrittenCommand | null {
  for (const c of stage.commands) if (c.instruction.range.line === line) return { stage, ...c };
  return null;
}

/**
 * The CMD, ENTRYPOINT and HEALTHCHECK instructions whose values the target's image config holds
 * (the last of each kind along the FROM chain), so rules blame only what really ships.
 */
export function effectiveCommands(model: DockerfileModel, target: Stage | undefined, chain: Stage[]): { cmd: WrittenCommand | null; entrypoint: WrittenCommand | null; healthcheck: WrittenCommand | null } {
  const out = { cmd: null as WrittenCommand | null, entrypoint: null as WrittenCommand | null, healthcheck: null as WrittenCommand | null };
  if (!target) return out;
  const c = target.config;
  if (c.cmdOrigin.kind === 'line' && c.cmd) out.cmd = commandAt(model.stages[c.cmdOrigin.stage], c.cmdOrigin.line);
  if (c.entrypointOrigin.kind === 'line' && c.entrypoint) out.entrypoint = commandAt(model.stages[c.entrypointOrigin.stage], c.entrypointOrigin.line);
  if (c.healthcheck && c.healthcheck !== 'NONE') {
    // The last HEALTHCHECK written along the chain (target first) is the one in effect.
    for (const s of chain) {
      const hc = [...s.commands].reverse().find((x) => x.keyword === 'HEALTHCHECK');
      if (hc) {
        out.healthcheck = { stage: s, ...hc };
        break;
      }
    }
  }
  return out;
}

/** The range of exec-form element `i`, or the instruction's argument range. */
export function elementRange(w: { instruction: Instruction; command: CommandSpec | null }, i: number): Range {
  return w.command?.elementRanges?.[i] ?? w.instruction.argsRange;
}

/** Build commands that turn sources into an artifact (compilers, bundlers, packagers). */
export const COMPILE = /\b(go\s+build|go\s+install|cargo\s+(build|install)|mvnw?\s[^;&|]*\b(package|install|verify)\b|\.\/mvnw\b|gradlew?\s[^;&|]*\b(build|assemble|bootJar|jar|installDist|shadowJar)\b|\.\/gradlew\b|javac|npm\s+run\s+build|yarn\s+(run\s+)?build|pnpm\s+(run\s+)?build|tsc\b|dotnet\s+(publish|build)|gcc|g\+\+|clang|make\b|cmake)\b/;

const heredocBodies = new WeakMap<Instruction, string>();

/** Remember the heredoc bodies of `model`'s RUNs (`RUN <<EOF … EOF`) so runText sees their commands. */
export function indexHeredocs(model: DockerfileModel): void {
  let lines: string[] | null = null;
  for (const stage of model.stages)
    for (const run of stage.runs) {
      const r = run.instruction.range;
      if (r.endLine <= r.line || !run.instruction.text.includes('<<') || heredocBodies.has(run.instruction)) continue;
      lines ??= model.text.split(/\r\n|\r|\n/);
      heredocBodies.set(run.instruction, lines.slice(r.line, r.endLine).join('\n'));
    }
}

/** The text of a RUN (its shell script, or its exec argv joined), plus its heredoc bodies. */
export function runText(run: Stage['runs'][number]): string {
  const head = run.command.form === 'shell' ? (run.command.script ?? '') : run.command.argv.join(' ');
  const body = heredocBodies.get(run.instruction);
  return body ? `${head}\n${body}` : head;
}

/** RUN instructions of `stage` that compile or bundle an artifact. */
export function compileRuns(stage: Stage): Stage['runs'] {
  return stage.runs.filter((r) => COMPILE.test(runText(r)));
}

/** COPY/ADD --from instructions of `stage` that read another stage, with that stage. */
export function copiesFromStages(model: DockerfileModel, stage: Stage): { copy: CopyInstruction; from: Stage }[] {
  const out: { copy: CopyInstruction; from: Stage }[] = [];
  for (const copy of stage.copies) if (copy.source.kind === 'stage') out.push({ copy, from: model.stages[copy.source.stage] });
  return out;
}

/** A copy source as an absolute path in the source stage (`--from` sources are relative to its root). */
export function sourcePath(src: string): string {
  const parts: string[] = [];
  for (const seg of src.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

/** Whether `outer` is `inner` or one of its parent directories. */
export function covers(outer: string, inner: string): boolean {
  return outer === '/' || outer === inner || inner.startsWith(outer.endsWith('/') ? outer : outer + '/');
}

/** The FROM chain of `stage` (itself first), with cycles cut. */
export const chainOf = (model: DockerfileModel, stage: Stage): Stage[] => fromChain(model, stage);

/** The instruction that wrote argv token `i` of a simulated run, and that token's index within it. */
export function argvSource(model: DockerfileModel, run: RunResult, i: number): { written: WrittenCommand; element: number } | null {
  const o = run.origins[i]?.origin;
  if (!o || o.kind !== 'line') return null;
  const written = commandAt(model.stages[o.stage], o.line);
  if (!written) return null;
  let element = 0;
  for (let k = 0; k < i; k++) {
    const ok = run.origins[k].origin;
    if (ok.kind === 'line' && ok.line === o.line && ok.stage === o.stage) element++;
  }
  return { written, element };
}
