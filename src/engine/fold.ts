// Applies one instruction to a stage's image config, as BuildKit's dispatcher does
// (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go: dispatchCmd, dispatchEntrypoint,
// dispatchWorkdir, dispatchEnv, dispatchShell …). Expansion happens only where Docker expands.

import type { CommandSpec, ImageConfig, Instruction, Origin } from './types.ts';
import { parseCommand, readFirstJsonArray } from './command.ts';
import { expandWord, parseArgDecls, parseKeyValues, cleanPath, splitWords, type VarUse } from './expand.ts';

/** Docker's default PATH, added to images that set none (scratch, unknown bases). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Mutable state while folding one stage. */
export interface FoldState {
  config: ImageConfig;
  /** CMD was set in this stage (an ENTRYPOINT keeps it). */
  cmdSet: boolean;
  /** ARGs declared in this stage with their values (null: declared without a value). */
  args: Record<string, string | null>;
  /** Global ARG defaults (visible to `ARG NAME` without a default). */
  globalArgs: Record<string, string | null>;
  escape: string;
  stage: number;
  /** Variables referenced while expanding, for the undefined-variable rule. */
  varUses: { instruction: Instruction; uses: VarUse[] }[];
  /** Problems Docker reports at build time. */
  errors: { instruction: Instruction; message: string }[];
}

/** An empty image config, as BuildKit's emptyImage() (scratch) records it. */
export function emptyConfig(): ImageConfig {
  return {
    entrypoint: null,
    cmd: null,
    shell: ['/bin/sh', '-c'],
    workdir: '/',
    user: '',
    env: { PATH: DEFAULT_PATH },
    expose: [],
    healthcheck: null,
    stopSignal: null,
    entrypointOrigin: { kind: 'none' },
    cmdOrigin: { kind: 'none' },
    userOrigin: { kind: 'none' },
    workdirOrigin: { kind: 'none' },
    onbuild: [],
  };
}

/** Deep copy of a config (stages built FROM a stage start from a copy). */
export function cloneConfig(c: ImageConfig): ImageConfig {
  return {
    ...c,
    entrypoint: c.entrypoint && [...c.entrypoint],
    cmd: c.cmd && [...c.cmd],
    shell: [...c.shell],
    env: { ...c.env },
    expose: [...c.expose],
    onbuild: [...c.onbuild],
  };
}

/** The variables expansion sees: ARG values, overridden by ENV (Docker: ENV always wins). */
export function scopeVars(state: FoldState): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(state.args)) if (v !== null) vars[k] = v;
  return Object.assign(vars, state.config.env);
}

function expand(state: FoldState, ins: Instruction, word: string): string {
  const uses: VarUse[] = [];
  const out = expandWord(word, scopeVars(state), state.escape, uses);
  if (uses.length) state.varUses.push({ instruction: ins, uses });
  return out;
}

function origin(state: FoldState, ins: Instruction): Origin {
  return { kind: 'line', stage: state.stage, line: ins.range.line, range: ins.range };
}

/** Instructions that fail to parse without arguments, and BuildKit's wording. */
const NEEDS_ARGUMENT: Record<string, string> = {
  USER: 'exactly one argument',
  WORKDIR: 'exactly one argument',
  STOPSIGNAL: 'exactly one argument',
  MAINTAINER: 'exactly one argument',
  ENV: 'at least one argument',
  LABEL: 'at least one argument',
  ARG: 'at least one argument',
  EXPOSE: 'at least one argument',
  VOLUME: 'at least one argument',
  ONBUILD: 'at least one argument',
  HEALTHCHECK: 'at least one argument',
  COPY: 'at least two arguments',
  ADD: 'at least two arguments',
};

const FLAGS_ALLOWED: Record<string, string[]> = {
  CMD: [],
  ENTRYPOINT: [],
  SHELL: [],
  WORKDIR: [],
  USER: [],
  ENV: [],
  EXPOSE: [],
  STOPSIGNAL: [],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/**
 * Apply `ins` to `state.config`. Returns the parsed command for CMD/ENTRYPOINT/RUN/HEALTHCHECK.
 */
export function dispatch(state: FoldState, ins: Instruction): CommandSpec | null {
  const c = state.config;
  const need = NEEDS_ARGUMENT[ins.keyword];
  if (need && ins.argsText.trim() === '') {
    // BuildKit's parser refuses these with no arguments (instructions/parse.go).
    state.errors.push({ instruction: ins, message: `${ins.keyword} requires ${need}` });
    return null;
  }
  const allowed = FLAGS_ALLOWED[ins.keyword];
  if (allowed) {
    for (const f of ins.flags) {
      if (!allowed.includes(f.name)) state.errors.push({ instruction: ins, message: `Unknown flag: ${f.name}` });
    }
  }
  switch (ins.keyword) {
    case 'ARG': {
      for (const { key, value } of parseArgDecls(ins.argsText, state.escape)) {
        if (value !== null) state.args[key] = expand(state, ins, value);
        else if (!(key in state.args)) state.args[key] = state.globalArgs[key] ?? null;
      }
      return null;
    }
    case 'ENV': {
      // All values on one line are expanded against the scope from BEFORE the instruction.
      const before = scopeVars(state);
      const { pairs } = parseKeyValues(ins.argsText, state.escape);
      for (const { key, value } of pairs) {
        if (value === null) {
          state.errors.push({ instruction: ins, message: `ENV ${key} needs a value: ENV ${key}=value` });
          continue;
        }
        const uses: VarUse[] = [];
        c.env[key] = expandWord(value, before, state.escape, uses);
        if (uses.length) state.varUses.push({ instruction: ins, uses });
      }
      return null;
    }
    case 'WORKDIR': {
      const path = expand(state, ins, ins.argsText.trim());
      if (!path) {
        state.errors.push({ instruction: ins, message: 'WORKDIR requires exactly one argument' });
        return null;
      }
      c.workdir = path.startsWith('/') ? path : cleanPath(`/${c.workdir}/${path}`);
      c.workdirOrigin = origin(state, ins);
      return null;
    }
    case 'USER': {
      c.user = expand(state, ins, ins.argsText.trim());
      c.userOrigin = origin(state, ins);
      return null;
    }
    case 'SHELL': {
      const read = ins.argsText.trim().startsWith('[') ? readFirstJsonArray(ins.argsText.trim()) : null;
      if (read?.ok && Array.isArray(read.value) && read.value.length && read.value.every((v) => typeof v === 'string')) {
        c.shell = read.value as string[];
      } else {
        state.errors.push({ instruction: ins, message: 'SHELL requires the arguments to be in JSON form: SHELL ["/bin/bash", "-c"]' });
      }
      return null;
    }
    case 'CMD': {
      const spec = parseCommand(ins.argsText, c.shell);
      if (spec.buildError) state.errors.push({ instruction: ins, message: spec.buildError });
      c.cmd = spec.argv.length ? spec.argv : null;
      c.cmdOrigin = origin(state, ins);
      state.cmdSet = true;
      return spec;
    }
    case 'ENTRYPOINT': {
      const spec = parseCommand(ins.argsText, c.shell);
      if (spec.buildError) state.errors.push({ instruction: ins, message: spec.buildError });
      c.entrypoint = spec.argv.length ? spec.argv : null;
      c.entrypointOrigin = origin(state, ins);
      // Docker: "If CMD is defined from the base image, setting ENTRYPOINT will reset CMD to an
      // empty value." A CMD written earlier in the same stage survives.
      if (!state.cmdSet) {
        c.cmd = null;
        c.cmdOrigin = { kind: 'none' };
      }
      return spec;
    }
    case 'HEALTHCHECK': {
      const rest = ins.argsText.trim();
      if (/^none$/i.test(rest)) {
        c.healthcheck = 'NONE';
        return null;
      }
      const m = /^cmd(?:\s+([\s\S]*))?$/i.exec(rest);
      if (!m) {
        state.errors.push({ instruction: ins, message: 'HEALTHCHECK takes NONE or CMD <command>' });
        return null;
      }
      const spec = parseCommand(m[1] ?? '', c.shell);
      c.healthcheck = spec;
      return spec;
    }
    case 'EXPOSE': {
      for (const w of splitWords(ins.argsText, state.escape)) c.expose.push(expand(state, ins, w));
      return null;
    }
    case 'STOPSIGNAL': {
      c.stopSignal = expand(state, ins, ins.argsText.trim());
      return null;
    }
    case 'ONBUILD': {
      const trigger = ins.argsText.trim().split(/\s+/, 1)[0].toUpperCase();
      // BuildKit's parser (instructions/parse.go, parseOnBuild) refuses these triggers.
      if (trigger === 'ONBUILD') state.errors.push({ instruction: ins, message: 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed' });
      else if (trigger === 'FROM' || trigger === 'MAINTAINER') state.errors.push({ instruction: ins, message: `${trigger} isn't allowed as an ONBUILD trigger` });
      c.onbuild.push({ text: ins.argsText, line: ins.range.line });
      return null;
    }
    case 'RUN':
      return parseCommand(ins.argsText, c.shell);
    default:
      return null;
  }
}
