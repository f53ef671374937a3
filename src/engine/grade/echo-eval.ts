// Evaluates what `echo` or `printf` prints for an argv, as coreutils/BusyBox (exec form) or the
// shell's builtin (inside `sh -c`) would. Returns null for anything else.
// Sources: GNU coreutils `echo --help` (-n, -e, -E; no escapes by default), POSIX/dash echo
// (escapes always interpreted, only -n), POSIX printf (format reused while arguments remain).

import { shellInvocation, simpleCommandWords } from './shell-words.ts';

function escapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) { out += s[i]; continue; }
    const c = s[++i];
    const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
    if (c === 'c') return { text: out, stop: true };
    if (c in map) out += map[c];
    else if (c === '0') {
      let oct = '';
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
      out += String.fromCharCode(parseInt(oct || '0', 8));
    } else out += '\\' + c;
  }
  return { text: out, stop: false };
}

function echo(args: string[], builtin: boolean): string {
  let newline = true;
  let interpret = builtin;
  let k = 0;
  while (k < args.length && /^-[neE]+$/.test(args[k]) && !(builtin && /[eE]/.test(args[k]))) {
    for (const f of args[k].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') interpret = true;
      else if (f === 'E') interpret = false;
    }
    k++;
  }
  const joined = args.slice(k).join(' ');
  if (!interpret) return joined + (newline ? '\n' : '');
  const e = escapes(joined);
  return e.text + (newline && !e.stop ? '\n' : '');
}

function printf(args: string[]): string | null {
  const [format, ...rest] = args;
  if (format === undefined) return null;
  let out = '';
  let i = 0;
  do {
    for (let k = 0; k < format.length; k++) {
      const c = format[k];
      if (c === '%') {
        const m = /^%([-+ 0#]*\d*(?:\.\d+)?)([sdibcu%])/.exec(format.slice(k));
        if (!m) return null;
        k += m[0].length - 1;
        if (m[2] === '%') { out += '%'; continue; }
        const arg = rest[i++] ?? '';
        out += m[2] === 's' || m[2] === 'c' ? (m[2] === 'c' ? arg.slice(0, 1) : arg) : m[2] === 'b' ? escapes(arg).text : String(parseInt(arg || '0', 10));
      } else if (c === '\\') {
        const e = escapes(format.slice(k, k + 2));
        out += e.text;
        k++;
      } else out += c;
    }
  } while (i < rest.length && /%[^%]/.test(format));
  return out;
}

/** What running `argv` prints on stdout, when it is echo/printf (directly or in `sh -c`); else null. */
export function evalOutput(argv: string[], env: Record<string, string>): { output: string } | { error: string } {
  let words = argv;
  let builtin = false;
  const sh = shellInvocation(argv);
  if (sh) {
    const w = simpleCommandWords(sh.script, { positional: sh.positional, vars: env });
    if (!w) return { error: `the shell script ${JSON.stringify(sh.script)} is more than one simple command; the simulator evaluates only a single echo or printf` };
    words = w[0] === 'exec' ? w.slice(1) : w;
    builtin = words[0] === 'echo' || words[0] === 'printf';
  }
  const prog = (words[0] ?? '').split('/').pop();
  if (prog === 'echo') return { output: echo(words.slice(1), builtin) };
  if (prog === 'printf') {
    const out = printf(words.slice(1));
    return out === null ? { error: 'the printf format uses conversions the simulator does not evaluate' } : { output: out };
  }
  return { error: words[0] ? `it runs ${JSON.stringify(words[0])}, not echo` : 'it runs nothing' };
}
