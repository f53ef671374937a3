// Builds the engine's model of a Dockerfile: stages split on FROM, bases resolved (scratch,
// earlier stage, catalog image), each stage folded into an image config, COPY sources resolved
// and a sketch of each stage's files. Never throws: problems become diagnostics.

import type { CatalogImage, CopyInstruction, Diagnostic, DockerfileModel, FileEntry, ImageConfig, Instruction, Stage } from './types.ts';
import { parseDockerfile, MAX_INSTRUCTION_LINES } from './parse.ts';
import { dispatch, emptyConfig, cloneConfig, scopeVars, DEFAULT_PATH, type FoldState } from './fold.ts';
import { expandWord, parseArgDecls, resolvePath, splitWords, type VarUse } from './expand.ts';
import { copyEntries, runOutputs } from './files.ts';
import { jsonElementRanges } from './element-ranges.ts';
import { lookupImage } from './catalog/index.ts';
import { mountFrom } from './stages.ts';

/** BuildKit's automatic platform ARGs (we model a linux/amd64 build). */
export const PLATFORM_ARGS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
};

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** Instructions BuildKit accepts; anything else fails the build ("unknown instruction"). */
export const KNOWN_INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/** The image config of a catalog image, as a folded config. */
function configFromImage(img: CatalogImage): ImageConfig {
  const c = emptyConfig();
  c.entrypoint = img.entrypoint ? [...img.entrypoint] : null;
  c.cmd = img.cmd ? [...img.cmd] : null;
  c.workdir = img.workdir || '/';
  c.user = img.user;
  c.env = { ...img.env };
  if (!c.env.PATH) c.env.PATH = DEFAULT_PATH;
  const o = { kind: 'base' as const, image: img.name };
  if (c.entrypoint) c.entrypointOrigin = o;
  if (c.cmd) c.cmdOrigin = o;
  if (img.user) c.userOrigin = o;
  if (img.workdir && img.workdir !== '/') c.workdirOrigin = o;
  return c;
}

function diag(diagnostics: Diagnostic[], ins: Instruction | null, message: string, severity: Diagnostic['severity'] = 'error') {
  const range = ins?.range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  diagnostics.push({ message, range, severity });
}

/** Find a stage by name (case-insensitive) or index among `stages`; the last one with that name wins. */
export function findStage(stages: Stage[], nameOrIndex: string): Stage | undefined {
  const key = nameOrIndex.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i].name === key) return stages[i];
  if (/^\d+$/.test(nameOrIndex)) return stages[Number(nameOrIndex)];
  return undefined;
}

/** Analyze Dockerfile text into the engine's model. Never throws. */
export function analyze(text: string): DockerfileModel {
  const parsed = parseDockerfile(text);
  const diagnostics: Diagnostic[] = [];
  if (parsed.tooLong) {
    diagnostics.push({
      severity: 'warning',
      message: `the instruction at line ${parsed.tooLong.line} continues over ${parsed.tooLong.lines} lines; beyond ${MAX_INSTRUCTION_LINES} Stagecraft checks it by whole lines only (no per-argument positions)`,
      range: { line: parsed.tooLong.line, column: 1, endLine: parsed.tooLong.line, endColumn: 1 },
    });
  }
  for (const e of parsed.directiveErrors) {
    diagnostics.push({ severity: 'error', message: e.message, range: { line: e.line, column: 1, endLine: e.line, endColumn: 1 } });
  }
  const globalArgs: Record<string, string | null> = {};
  const globalVars: Record<string, string> = { ...PLATFORM_ARGS };
  const stages: Stage[] = [];
  const physical = text.split(/\r?\n|\r/);
  let state: FoldState | null = null;
  let stage: Stage | null = null;

  const finish = () => {
    if (stage && state) {
      stage.config = state.config;
      stage.vars = scopeVars(state);
      stage.args = state.args;
      for (const e of state.errors) diag(diagnostics, e.instruction, e.message);
      (stage as StageInternal).varUses = state.varUses;
    }
  };

  for (const ins of parsed.instructions) {
    if (ins.stage < 0) {
      if (ins.keyword === 'ARG') {
        for (const { key, value } of parseArgDecls(ins.argsText, parsed.escape)) {
          const v = value === null ? null : expandWord(value, globalVars, parsed.escape);
          globalArgs[key] = v;
          if (v !== null) globalVars[key] = v;
          else delete globalVars[key];
        }
      } else if (KNOWN_INSTRUCTIONS.has(ins.keyword)) {
        diag(diagnostics, ins, `${ins.keyword} before the first FROM: only ARG may come before FROM ("no build stage in current context")`);
      } else {
        diag(diagnostics, ins, `unknown instruction: ${ins.keyword}`);
      }
      continue;
    }
    if (ins.keyword === 'FROM') {
      finish();
      stage = newStage(ins, stages, globalVars, parsed.escape, diagnostics, laterNames(parsed.instructions, ins));
      stages.push(stage);
      state = {
        config: stage.config,
        cmdSet: false,
        args: {},
        // `ARG TARGETARCH` inside a stage picks up the automatic platform value (or a global ARG).
        globalArgs: { ...PLATFORM_ARGS, ...globalArgs },
        escape: parsed.escape,
        stage: stage.index,
        varUses: [],
        errors: [],
      };
      // ONBUILD triggers of a parent stage run first, then are not inherited further.
      if (stage.base.kind === 'stage') {
        const triggers = stage.config.onbuild;
        stage.config.onbuild = [];
        for (const t of triggers) {
          const m = /^(\S+)\s*([\s\S]*)$/.exec(t.text.trim());
          if (!m) continue;
          // Listed field by field: spreading `ins` would compute its lazy argument positions.
          const pseudo: Instruction = { keyword: m[1].toUpperCase(), text: m[2], argsText: m[2], range: ins.range, keywordRange: ins.keywordRange, argsRange: ins.keywordRange, flags: [], args: [], stage: ins.stage };
          const cmd = dispatch(state, pseudo);
          recordCommand(stage, pseudo, cmd);
        }
      }
      continue;
    }
    if (!stage || !state) continue;
    if (!KNOWN_INSTRUCTIONS.has(ins.keyword)) {
      diag(diagnostics, ins, `unknown instruction: ${ins.keyword}`);
      continue;
    }
    stage.instructions.push(ins);
    const cmd = dispatch(state, ins);
    if (cmd?.form === 'exec') cmd.elementRanges = jsonElementRanges(physical, ins, cmd.argv.length);
    recordCommand(stage, ins, cmd);
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const copy = readCopy(ins, stage, stages, state, parsed.heredocs.has(ins.range.line));
      stage.copies.push(copy);
      const fromRange = copy.fromRange ?? ins.range;
      if (!copy.heredoc && copy.sources.length === 0 && ins.argsText.trim() !== '') {
        diag(diagnostics, ins, `${ins.keyword} requires at least two arguments: the source(s) and the destination`);
      }
      if (copy.source.kind === 'unknown' && copy.source.reason === 'variable') {
        diagnostics.push({ severity: 'error', stage: stage.index, rule: 'copy-from-variable', range: fromRange, message: `COPY --from=${copy.from}: variable expansion is not supported for --from, so Docker reads "${copy.from}" as an image name and the build fails` });
      } else if (copy.source.kind === 'image' && !/[:/@]/.test(copy.source.ref)) {
        if (laterNames(parsed.instructions, stage.from).has(copy.source.ref.toLowerCase())) {
          // BuildKit's dockerfile2llb (since buildkit#4568, 2024) refuses a stage defined further down.
          diagnostics.push({ severity: 'error', stage: stage.index, rule: 'copy-from-unknown-stage', range: fromRange, message: `cannot copy from stage "${copy.from}", it needs to be defined before current stage "${stage.name ?? `stage-${stage.index}`}"` });
        } else if (!lookupImage(copy.source.ref).image) {
          diagnostics.push({ severity: 'error', stage: stage.index, rule: 'copy-from-unknown-stage', range: fromRange, message: `COPY --from=${copy.from}: no stage is named "${copy.from}", so Docker tries to pull an image called "${copy.from}" and the build fails` });
        }
      }
      const src = copy.source.kind === 'stage' ? stages[copy.source.stage] : null;
      stage.files.push(...copyEntries(copy, ins.range.line, (p) => isDirIn(src, p, stages)));
    } else if (ins.keyword === 'RUN' && cmd) {
      const mounts = ins.flags.filter((f) => f.name === 'mount').map((f) => f.value ?? '');
      for (const flag of ins.flags.filter((f) => f.name === 'mount')) {
        const from = mountFrom(flag.value ?? '');
        const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/i.exec(flag.value ?? '')?.[1] ?? '';
        // BuildKit (dockerfile2llb, since buildkit#4568) refuses a mount from a stage further down.
        if (from && laterNames(parsed.instructions, stage.from).has(from.toLowerCase())) {
          diagnostics.push({ severity: 'error', stage: stage.index, range: flag.range, message: `cannot mount from stage "${from}" to "${target}", stage needs to be defined before current command` });
        }
      }
      const docs = (parsed.heredocs.get(ins.range.line) ?? []).map((h) => h.body);
      stage.runs.push({ instruction: ins, command: cmd, mounts, ...(docs.length ? { heredocs: docs } : {}) });
      const script = cmd.form === 'shell' ? (cmd.script ?? '') : cmd.argv.join(' ');
      const bodies = docs.join('\n');
      for (const o of runOutputs(`${script}\n${bodies}`, state.config.workdir)) {
        stage.files.push({ path: o.path, kind: 'run', from: { kind: 'run' }, line: ins.range.line, tree: o.dir });
      }
    } else if (ins.keyword === 'WORKDIR') {
      stage.files.push({ path: state.config.workdir, kind: 'workdir', from: { kind: 'run' }, line: ins.range.line, tree: false });
    }
  }
  finish();
  if (stages.length === 0) {
    diag(diagnostics, null, 'the Dockerfile has no FROM instruction: every build stage starts with FROM');
  }
  const heredocs = [...parsed.heredocs].flatMap(([instructionLine, docs]) =>
    docs.map((h) => ({ instructionLine, name: h.name, startLine: h.startLine + 1, endLine: h.endLine + 1 })),
  );
  return { text, escape: parsed.escape, directives: parsed.directives, instructions: parsed.instructions, globalArgs, stages, heredocs, diagnostics };
}

/** Stage names declared by FROM lines after `from` (lower-cased). */
function laterNames(instructions: Instruction[], from: Instruction): Set<string> {
  const names = new Set<string>();
  for (const i of instructions) {
    if (i.keyword !== 'FROM' || i.range.line <= from.range.line) continue;
    const m = /\s[Aa][Ss]\s+(\S+)\s*$/.exec(i.argsText);
    if (m) names.add(m[1].toLowerCase());
  }
  return names;
}

/** Internal extras kept on a stage for rules (not part of the public type). */
export interface StageInternal extends Stage {
  varUses?: FoldState['varUses'];
}

function recordCommand(stage: Stage, ins: Instruction, cmd: ReturnType<typeof dispatch>) {
  if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT' || ins.keyword === 'HEALTHCHECK') {
    stage.commands.push({ instruction: ins, keyword: ins.keyword, command: cmd });
  }
}

function newStage(ins: Instruction, stages: Stage[], globalVars: Record<string, string>, escape: string, diagnostics: Diagnostic[], laterStageNames: Set<string>): Stage {
  const words = ins.args;
  const baseRaw = words[0]?.value ?? '';
  const baseRef = expandWord(baseRaw, globalVars, escape);
  let name: string | null = null;
  let nameAsWritten: string | null = null;
  let nameRange = null;
  if (words.length === 3 && words[1].value.toLowerCase() === 'as') {
    nameAsWritten = words[2].value;
    name = nameAsWritten.toLowerCase();
    nameRange = words[2].range;
    if (!STAGE_NAME.test(name)) diag(diagnostics, ins, `invalid stage name "${nameAsWritten}": names must start with a letter and contain only letters, digits, -, _ and .`);
  } else if (words.length !== 1) {
    diag(diagnostics, ins, words.length === 0 ? 'FROM requires an image: FROM <image> [AS <name>]' : 'FROM requires either one or three arguments: FROM <image> [AS <name>]');
  }
  if (words.length && baseRef.trim() === '') {
    // Only ARGs declared before the first FROM are visible in FROM lines.
    diag(diagnostics, ins, `base name (${baseRaw}) should not be blank: ${baseRaw} is empty here (FROM sees only ARGs declared before the first FROM, with a value)`);
  }
  const platform = ins.flags.find((f) => f.name === 'platform')?.value ?? null;
  const baseRange = words[0]?.range ?? ins.range;
  const index = stages.length;
  const lower = baseRef.toLowerCase();
  let base: Stage['base'];
  let config: ImageConfig;
  let rootImage: CatalogImage | null = null;
  let rootUnknown = false;
  const parent = stages.slice().reverse().find((s) => s.name !== null && s.name === baseRef);
  if (lower === 'scratch') {
    base = { kind: 'scratch' };
    config = emptyConfig();
  } else if (parent) {
    base = { kind: 'stage', stage: parent.index };
    config = cloneConfig(parent.config);
    rootImage = parent.rootImage;
    rootUnknown = parent.rootUnknown;
  } else {
    if (baseRef !== lower && stages.some((s) => s.name === lower)) {
      diag(diagnostics, ins, `"${baseRef}" is not a valid image reference (repository names must be lowercase); to use stage "${lower}", write FROM ${lower}`);
    }
    const lookup = lookupImage(baseRef);
    base = { kind: 'image', lookup };
    if (!lookup.image && /^[a-z][a-z0-9-_.]*$/.test(lower) && laterStageNames.has(lower)) {
      // FROM only sees stages defined above it; below, the name is an image reference and is pulled.
      diagnostics.push({
        severity: 'error',
        stage: index,
        range: baseRange,
        message: `FROM ${baseRef}: stage "${lower}" is defined further down, and FROM only sees earlier stages, so Docker tries to pull an image called "${baseRef}" and fails. Move that stage above this one.`,
      });
    }
    rootImage = lookup.image;
    rootUnknown = !lookup.image;
    config = lookup.image ? configFromImage(lookup.image) : emptyConfig();
  }
  return {
    index,
    name,
    nameAsWritten,
    nameRange,
    from: ins,
    baseRaw,
    baseRef,
    baseRange,
    platform,
    base,
    rootImage,
    rootUnknown,
    instructions: [],
    copies: [],
    runs: [],
    config,
    commands: [],
    files: [],
    vars: {},
    args: {},
  };
}

function readCopy(ins: Instruction, stage: Stage, stages: Stage[], state: FoldState, heredoc: boolean): CopyInstruction {
  const fromFlag = ins.flags.find((f) => f.name === 'from') ?? null;
  const from = fromFlag?.value ?? null;
  let source: CopyInstruction['source'] = { kind: 'context' };
  if (from !== null) {
    if (from.includes('$')) source = { kind: 'unknown', reason: 'variable' };
    else if (/^\d+$/.test(from)) {
      const n = Number(from);
      if (n === stage.index) source = { kind: 'unknown', reason: 'self' };
      else if (n >= stage.index) source = { kind: 'unknown', reason: n < 0 ? 'index-out-of-range' : 'later-stage' };
      else if (n < stages.length) source = { kind: 'stage', stage: n };
      else source = { kind: 'unknown', reason: 'index-out-of-range' };
    } else {
      const key = from.toLowerCase();
      if (stage.name === key) source = { kind: 'unknown', reason: 'self' };
      else {
        const s = findStage(stages, key);
        source = s ? { kind: 'stage', stage: s.index } : { kind: 'image', ref: from };
      }
    }
  }
  // Sources and destination: JSON form `COPY ["a", "b", "/dst/"]` or words; variables expanded.
  let words: string[];
  const trimmed = ins.argsText.trim();
  if (trimmed.startsWith('[')) {
    try {
      words = (JSON.parse(trimmed) as unknown[]).map(String);
    } catch {
      words = splitWords(trimmed, state.escape);
    }
  } else words = splitWords(trimmed, state.escape);
  if (heredoc) words = words.filter((w) => !w.startsWith('<<'));
  const vars = scopeVars(state);
  const uses: VarUse[] = [];
  words = words.map((w) => expandWord(w, vars, state.escape, uses));
  if (uses.length) state.varUses.push({ instruction: ins, uses });
  const dest = words.length ? words[words.length - 1] : '';
  const sources = words.slice(0, -1);
  const destAbs = resolvePath(state.config.workdir, dest || '.');
  const chown = ins.flags.find((f) => f.name === 'chown')?.value ?? null;
  return { instruction: ins, keyword: ins.keyword as 'COPY' | 'ADD', from, fromRange: fromFlag?.valueRange ?? fromFlag?.range ?? null, source, sources, dest, destAbs, chown, heredoc };
}

/** Whether `path` is known to be a directory in stage `s` (its WORKDIR, a RUN output tree, a copied tree). */
function isDirIn(s: Stage | null, path: string, stages: Stage[]): boolean {
  if (!s) return false;
  // COPY --from sources are relative to the source stage's root, not its WORKDIR.
  const p = resolvePath('/', path);
  let cur: Stage | undefined = s;
  const seen = new Set<number>();
  while (cur && !seen.has(cur.index)) {
    seen.add(cur.index);
    for (const e of cur.files as FileEntry[]) {
      if (e.path === p && (e.tree || e.kind === 'workdir')) return true;
      if (e.path.startsWith(p + '/')) return true;
    }
    if (cur.config.workdir === p) return true;
    cur = cur.base.kind === 'stage' ? stages[cur.base.stage] : undefined;
  }
  return false;
}
