// Evaluates the words of ONE simple shell command the way POSIX sh would (quotes, backslashes,
// $0..$9, $@, $*, ${VAR:-default}, field splitting of unquoted expansions), for `sh -c "…"`
// commands. Anything beyond a simple command (;, &&, |, redirections, $(…), backticks) → null:
// the grader then says it cannot evaluate it rather than guess.
// Source: POSIX Shell Command Language §2.2 (quoting), §2.5 (parameters), §2.6 (expansions).

export interface ShellEnv {
  /** `$0`, `$1`, … as `sh -c SCRIPT arg0 arg1 …` sets them. */
  positional: string[];
  /** Environment variables visible to the shell (the image's ENV). */
  vars: Record<string, string>;
}

const OPERATOR = /[;&|<>()`\n]/;

/** Words of a simple command, or null when `script` is not one. */
export function simpleCommandWords(script: string, env: ShellEnv): string[] | null {
  const words: string[] = [];
  let cur = '';
  /** Whether `cur` is a word even if empty (it had quotes). */
  let started = false;
  let i = 0;
  const n = script.length;
  const push = () => {
    if (started) words.push(cur);
    cur = '';
    started = false;
  };
  const param = (name: string): string | undefined => {
    if (/^\d+$/.test(name)) return env.positional[Number(name)];
    if (name === '#') return String(Math.max(0, env.positional.length - 1));
    return Object.prototype.hasOwnProperty.call(env.vars, name) ? env.vars[name] : undefined;
  };
  /** Read a `$…` expansion at script[i] === '$'; returns the value, or an array for "$@". */
  const dollar = (quoted: boolean): string | string[] | null => {
    i++;
    const c = script[i];
    if (c === '(') return null;
    if (c === '@' || c === '*') {
      i++;
      const rest = env.positional.slice(1);
      return c === '@' && quoted ? rest : rest.join(' ');
    }
    if (c === '{') {
      const close = script.indexOf('}', i);
      if (close < 0) return null;
      const body = script.slice(i + 1, close);
      i = close + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*|\d+|#)(?:(:?)([-+=?])(.*))?$/s.exec(body);
      if (!m) return null;
      const v = param(m[1]);
      if (!m[3]) return v ?? '';
      const set = m[2] ? v !== undefined && v !== '' : v !== undefined;
      const word = m[4];
      if (/[$`"'\\]/.test(word)) return null;
      if (m[3] === '-' || m[3] === '=') return set ? v! : word;
      if (m[3] === '+') return set ? word : '';
      return set ? v! : null;
    }
    const m = /^(\d|[A-Za-z_][A-Za-z0-9_]*|#)/.exec(script.slice(i));
    if (!m) return '$';
    i += m[1].length;
    return param(m[1]) ?? '';
  };
  while (i < n) {
    const c = script[i];
    if (c === ' ' || c === '\t') {
      push();
      i++;
      continue;
    }
    if (OPERATOR.test(c)) return null;
    if (c === '\\') {
      if (i + 1 < n) cur += script[i + 1];
      started = true;
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = script.indexOf("'", i + 1);
      if (close < 0) return null;
      cur += script.slice(i + 1, close);
      started = true;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      started = true;
      i++;
      while (i < n && script[i] !== '"') {
        const d = script[i];
        if (d === '`') return null;
        if (d === '\\' && i + 1 < n && /[$`"\\\n]/.test(script[i + 1])) {
          cur += script[i + 1];
          i += 2;
        } else if (d === '$') {
          const v = dollar(true);
          if (v === null) return null;
          if (Array.isArray(v)) {
            // "$@": one word per positional parameter.
            if (v.length === 0) continue;
            cur += v[0];
            for (const w of v.slice(1)) {
              words.push(cur);
              cur = w;
            }
          } else cur += v;
        } else {
          cur += d;
          i++;
        }
      }
      if (i >= n) return null;
      i++;
      continue;
    }
    if (c === '$') {
      const v = dollar(false);
      if (v === null) return null;
      // Unquoted expansion: field splitting on IFS whitespace.
      const text = Array.isArray(v) ? v.join(' ') : v;
      const fields = text.split(/[ \t\n]+/);
      fields.forEach((f, k) => {
        if (k > 0) push();
        if (f !== '') {
          cur += f;
          started = true;
        }
      });
      continue;
    }
    cur += c;
    started = true;
    i++;
  }
  push();
  return words;
}

/** For `sh -c SCRIPT a0 a1 …` argv: the shell, script and positional params; null otherwise. */
export function shellInvocation(argv: string[]): { script: string; positional: string[] } | null {
  const base = (argv[0] ?? '').split('/').pop() ?? '';
  if (!['sh', 'bash', 'ash', 'dash'].includes(base)) return null;
  let k = 1;
  // Allow option clusters before -c, e.g. `sh -ec "…"` or `bash -lc`.
  while (k < argv.length && /^-[a-z]+$/.test(argv[k]) && !argv[k].includes('c')) k++;
  if (k >= argv.length || !/^-[a-z]*c[a-z]*$/.test(argv[k])) return null;
  const script = argv[k + 1];
  if (script === undefined) return null;
  // With no operands, $0 is the shell's own argv[0] (POSIX sh -c: "command_name").
  const rest = argv.slice(k + 2);
  return { script, positional: rest.length ? rest : [argv[0]] };
}
