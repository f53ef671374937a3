// `$VAR` where Docker expands it (FROM, COPY, ENV, WORKDIR…) but nothing defines it: it becomes "".

import { defineRule } from './define.ts';
import { parseArgDecls } from '../expand.ts';
import { PLATFORM_ARGS, type StageInternal } from '../model.ts';
import { locate } from './support/locate.ts';
import type { Instruction, Stage } from '../types.ts';

const BASE_ENV_LIKE = /^(LANG|LANGUAGE|LC_\w+|TZ|HOME|SSL_CERT_FILE|\w+_(VERSION|RELEASE|SHA256))$/;
const REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Variables referenced in `text` without a default (`${X:-d}`, `${X+a}` and `${X:?msg}` handle the unset case). */
function plainRefs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REF)) {
    if (m.index > 0 && text[m.index - 1] === '\\') continue;
    if (m[1] && /^:?[-+?]/.test(m[2])) continue;
    out.push(m[1] ?? m[3]);
  }
  return out;
}

/** Names declared by ARG in `stage` before `line` (with or without a default: --build-arg may set them). */
function argDecls(stage: Stage, escape: string): { line: number; names: string[] }[] {
  return stage.instructions.filter((i) => i.keyword === 'ARG').map((i) => ({ line: i.range.line, names: parseArgDecls(i.argsText, escape).map((p) => p.key) }));
}
function declaredBefore(decls: { line: number; names: string[] }[], line: number, name: string): boolean {
  return decls.some((d) => d.line < line && d.names.includes(name));
}

function closest(name: string, candidates: string[]): string | null {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  let best: string | null = null;
  for (const c of candidates) if (dist(name.toUpperCase(), c.toUpperCase()) <= 2 && (!best || dist(name, c) < dist(name, best))) best = c;
  return best;
}

/** A variable that expands to an empty string because nothing defines it at that point. */
export default defineRule({
  id: 'undefined-variable',
  severity: 'warning',
  title: 'Variable used but never defined',
  description: 'Docker substitutes ARG and ENV values in FROM, COPY, ADD, ENV, WORKDIR, USER, EXPOSE…; a name that is not defined there silently becomes an empty string.',
  category: 'hygiene',
  equivalent: { hadolint: null, buildkit: 'UndefinedVar, UndefinedArgInFrom' },
  check({ model, report }) {
    const globals = Object.keys(model.globalArgs);
    const report1 = (ins: Instruction, name: string, why: string) => report(locate(model, ins, new RegExp(`\\$\\{?${name}(?![A-Za-z0-9_])`)), why);
    for (const s of model.stages) {
      // FROM sees global ARGs (declared before the first FROM) and the automatic platform ARGs.
      const fromText = [s.baseRaw, s.platform ?? ''].join(' ');
      for (const name of plainRefs(fromText)) {
        if (name in model.globalArgs || name in PLATFORM_ARGS) continue;
        const near = closest(name, [...globals, ...Object.keys(PLATFORM_ARGS)]);
        report1(s.from, name, `$${name} is not a global ARG, so FROM expands it to an empty string and the image reference is wrong. Declare ARG ${name}=<default> before the first FROM${near ? ` (did you mean ${near}?)` : ''}.`);
      }
      const uses = (s as StageInternal).varUses ?? [];
      const reported = new Set<string>();
      const decls = argDecls(s, model.escape);
      for (const { instruction, uses: list } of uses) {
        if (instruction.keyword === 'FROM') continue;
        const plain = new Set(plainRefs(instruction.argsText));
        for (const u of list) {
          if (u.defined || !plain.has(u.name) || reported.has(`${instruction.range.line}:${u.name}`)) continue;
          if (declaredBefore(decls, instruction.range.line, u.name)) continue;
          const global = u.name in model.globalArgs || u.name in PLATFORM_ARGS;
          // The base image's ENV is unknown: the name may well be defined there.
          if (s.rootUnknown && !global) continue;
          const near = closest(u.name, [...Object.keys(s.vars), ...globals]);
          // The catalog records the ENV that matters for running; an image may set more
          // (NGINX_VERSION, LC_ALL…). Conventional names are only reported as likely typos.
          if (!global && !near && s.rootImage && BASE_ENV_LIKE.test(u.name)) continue;
          reported.add(`${instruction.range.line}:${u.name}`);
          report1(
            instruction,
            u.name,
            global
              ? `$${u.name} is ${u.name in PLATFORM_ARGS ? 'an automatic platform ARG' : 'a global ARG'}, but those are only visible in FROM lines: inside the stage it expands to an empty string. Add ARG ${u.name} in this stage (no value needed) before using it.`
              : `$${u.name} is not defined at this point (no ARG or ENV sets it), so Docker substitutes an empty string here${near ? `. Did you mean $${near}?` : '. Declare it with ARG or ENV before this line.'}`,
          );
        }
      }
    }
  },
});
