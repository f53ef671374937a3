// Helpers shared by the ENTRYPOINT/CMD rules: which command is in effect, whether a shell script
// is a plain word list that converts to exec form, and which entrypoints hand their arguments on.

import type { CommandSpec, DockerfileModel, Instruction, Stage } from '../../types.ts';
import { isShell } from '../../command.ts';

/** A CMD / ENTRYPOINT / HEALTHCHECK written in the Dockerfile, with the stage that holds it. */
export interface WrittenCommand {
  stage: Stage;
  instruction: Instruction;
  keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK';
  command: CommandSpec;
}

/** Every written CMD/ENTRYPOINT/HEALTHCHECK with a parsed command in `stages`, in source order. */
export function writtenCommands(stages: Stage[]): WrittenCommand[] {
  const out: WrittenCommand[] = [];
  for (const stage of stages)
    for (const c of stage.commands) if (c.command) out.push({ stage, instruction: c.instruction, keyword: c.keyword, command: c.command });
  return out.sort((a, b) => a.instruction.range.line - b.instruction.range.line);
}

/** The written instruction that set the target's effective ENTRYPOINT or CMD (null when inherited or unset). */
export function effective(target: Stage | undefined, chain: Stage[], keyword: 'CMD' | 'ENTRYPOINT'): WrittenCommand | null {
  if (!target) return null;
  const origin = keyword === 'CMD' ? target.config.cmdOrigin : target.config.entrypointOrigin;
  if (origin.kind !== 'line') return null;
  return writtenCommands(chain).find((c) => c.keyword === keyword && c.instruction.range.line === origin.line) ?? null;
}

// Unquoted characters that make a shell script more than "program and arguments".
const SHELL_SYNTAX = /[$`'"\\|&;<>()*?~{}[\]#!]/;

/**
 * The words of a shell-form script when it is a simple word list (no variables, quotes,
 * operators, globs or environment assignments), so exec form runs exactly the same program.
 */
export function simpleWords(script: string | undefined): string[] | null {
  if (!script) return null;
  const words = script.trim().split(/\s+/).filter(Boolean);
  if (!words.length || SHELL_SYNTAX.test(script) || words[0].includes('=')) return null;
  // Shell keywords and builtins do not exist as programs.
  if (/^(exec|cd|export|source|\.|set|if|for|while|case|until|eval)$/.test(words[0])) return null;
  return words;
}

/** The JSON array text for `words`, as written in an exec-form instruction. */
export function execFormText(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

const WRAPPERS = new Set(['tini', 'tini-static', 'dumb-init', 'gosu', 'su-exec', 'env', 'catatonit', 'chpst', 'setpriv', 'runuser', 's6-setuidgid', 'init']);

/**
 * Whether an entrypoint hands its arguments on as a command (`exec "$@"`): init wrappers (tini,
 * dumb-init, gosu), entrypoint scripts (`*.sh`, `docker-entrypoint*`), `sh -c` without a script.
 */
export function passesArgsOn(entrypoint: string[] | null): boolean {
  if (!entrypoint?.length) return false;
  const base = entrypoint[0].split('/').pop() ?? '';
  if (WRAPPERS.has(base) || /\.(sh|bash)$/.test(base) || /entrypoint/i.test(base)) return true;
  if (isShell(entrypoint[0]) && entrypoint[entrypoint.length - 1] === '-c') return true;
  return false;
}

/** Whether `argv` is `sh -c <script> …` (an explicit shell whose script element is expanded by the shell). */
export function shellScriptIndex(argv: string[]): number {
  // The shell may come after wrappers: `env bash -c`, `tini -- sh -c`, `su app -c`, `runuser -u app -- sh -c`.
  const k = argv.findIndex((a) => isShell(a) || /(^|\/)su$/.test(a));
  if (k < 0 || k > 4) return -1;
  const c = argv.findIndex((a, i) => i > k && /^-[a-z]*c[a-z]*$/.test(a));
  return c >= 0 ? c + 1 : -1;
}

/** Physical lines of the Dockerfile (split once per model). */
const linesCache = new WeakMap<DockerfileModel, string[]>();
export function physicalLines(model: DockerfileModel): string[] {
  let lines = linesCache.get(model);
  if (!lines) {
    lines = model.text.split(/\r?\n|\r/);
    linesCache.set(model, lines);
  }
  return lines;
}

/** An exec-form command anywhere in the Dockerfile, with what its first element is. */
export interface ExecCommand {
  stage: Stage;
  instruction: Instruction;
  keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK' | 'RUN';
  command: CommandSpec;
  /** The entrypoint the elements are handed to (for CMD), or null when argv[0] is the program. */
  entrypoint: string[] | null;
}

/** Every exec-form CMD/ENTRYPOINT/HEALTHCHECK/RUN (valid JSON arrays of strings only). */
export function execCommands(model: DockerfileModel): ExecCommand[] {
  const out: ExecCommand[] = [];
  for (const stage of model.stages) {
    for (const c of stage.commands)
      if (c.command?.form === 'exec' && !c.command.buildError)
        out.push({ stage, instruction: c.instruction, keyword: c.keyword, command: c.command, entrypoint: c.keyword === 'CMD' ? (stage.config.entrypoint ?? null) : null });
    for (const r of stage.runs)
      if (r.command.form === 'exec' && !r.command.buildError) out.push({ stage, instruction: r.instruction, keyword: 'RUN', command: r.command, entrypoint: null });
  }
  return out.sort((a, b) => a.instruction.range.line - b.instruction.range.line);
}

/** Indexes of elements a shell will expand: the script after `sh -c`, or every CMD element when the entrypoint is `sh -c`. */
export function shellExpanded(c: ExecCommand): Set<number> {
  const set = new Set<number>();
  if (c.entrypoint && isShell(c.entrypoint[0]) && c.entrypoint.includes('-c')) {
    const scriptInEp = shellScriptIndex(c.entrypoint) < c.entrypoint.length;
    if (!scriptInEp) set.add(0);
    return set;
  }
  const i = shellScriptIndex(c.command.argv);
  if (i >= 0) set.add(i);
  return set;
}
