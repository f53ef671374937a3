// Variable expansion and word splitting as BuildKit's shell lexer does it for FROM, ENV, ARG,
// WORKDIR, USER, COPY, EXPOSE… (never for RUN, CMD or ENTRYPOINT).
// Source: moby/buildkit frontend/dockerfile/shell/lex.go (ProcessWord, processDollar) and
// parser/line_parsers.go (parseWords, parseNameVal).

export type Vars = Record<string, string>;

/** A variable referenced during expansion, with whether it had a value. */
export interface VarUse {
  name: string;
  defined: boolean;
}

/**
 * Expand `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`, `${VAR:+x}`, `${VAR+x}`, `${VAR:?x}` and remove
 * quotes, as BuildKit's ProcessWord does. Unknown variables expand to the empty string.
 */
export function expandWord(word: string, vars: Vars, escape = '\\', uses?: VarUse[]): string {
  let out = '';
  let i = 0;
  const n = word.length;
  const readDollar = (): string => {
    // at word[i] === '$'
    i++;
    if (i >= n) return '$';
    const c = word[i];
    if (c === '{') {
      i++;
      let name = '';
      while (i < n && /[A-Za-z0-9_]/.test(word[i])) name += word[i++];
      if (i < n && word[i] === '}') {
        i++;
        return lookup(name);
      }
      // modifiers
      let mod = '';
      if (word[i] === ':') { mod = ':'; i++; }
      const op = word[i] ?? '';
      i++;
      let depth = 1;
      let arg = '';
      while (i < n) {
        if (word[i] === '{') depth++;
        if (word[i] === '}') { depth--; if (depth === 0) break; }
        arg += word[i++];
      }
      i++; // skip }
      const has = Object.prototype.hasOwnProperty.call(vars, name);
      const value = has ? vars[name] : '';
      uses?.push({ name, defined: has });
      const set = mod ? has && value !== '' : has;
      const inner = () => expandWord(arg, vars, escape, uses);
      switch (op) {
        case '-': return set ? value : inner();
        case '+': return set ? inner() : '';
        case '?': return value;
        default: return value; // other modifiers (#, %, /) are rare in Dockerfiles: keep the value
      }
    }
    if (/[A-Za-z_]/.test(c)) {
      let name = '';
      while (i < n && /[A-Za-z0-9_]/.test(word[i])) name += word[i++];
      return lookup(name);
    }
    return '$';
  };
  const lookup = (name: string): string => {
    const has = Object.prototype.hasOwnProperty.call(vars, name);
    uses?.push({ name, defined: has });
    return has ? vars[name] : '';
  };
  while (i < n) {
    const c = word[i];
    if (c === escape) {
      i++;
      if (i < n) out += word[i++];
      continue;
    }
    if (c === "'") {
      i++;
      while (i < n && word[i] !== "'") out += word[i++];
      i++;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && word[i] !== '"') {
        if (word[i] === escape && i + 1 < n && /["$`\\]/.test(word[i + 1])) {
          out += word[i + 1];
          i += 2;
        } else if (word[i] === '$') {
          out += readDollar();
        } else out += word[i++];
      }
      i++;
      continue;
    }
    if (c === '$') {
      out += readDollar();
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Split on unquoted whitespace, keeping quotes and escapes in the words (BuildKit's parseWords).
 */
export function splitWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!quote && /\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === escape && i + 1 < text.length) {
      word += c + text[++i];
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * Parse `ENV`/`ARG`/`LABEL` arguments into name/value pairs. `key=value` words, or the legacy
 * `ENV key value with spaces` form (returned with `legacy: true`). Values are not expanded here.
 */
export function parseKeyValues(text: string, escape = '\\'): { pairs: { key: string; value: string | null }[]; legacy: boolean } {
  const words = splitWords(text, escape);
  if (words.length === 0) return { pairs: [], legacy: false };
  if (!words[0].includes('=')) {
    // `ENV key value` (legacy) or `ARG name` (no default)
    if (words.length === 1) return { pairs: [{ key: words[0], value: null }], legacy: false };
    const rest = text.trim().slice(words[0].length).trim();
    return { pairs: [{ key: words[0], value: rest }], legacy: true };
  }
  const pairs = words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
  return { pairs, legacy: false };
}

/**
 * Parse `ARG` declarations: `ARG a b=2 c` declares several names (ARG has no legacy
 * `key value` form, unlike ENV). Values are not expanded here.
 */
export function parseArgDecls(text: string, escape = '\\'): { key: string; value: string | null }[] {
  return splitWords(text, escape).map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

/** Clean an absolute POSIX path like Go's path.Clean. */
export function cleanPath(p: string): string {
  const abs = p.startsWith('/');
  // Most paths are clean already (a hot path for the file model): return those as they are.
  if (abs && p.length > 1 && !p.endsWith('/') && !p.endsWith('/.') && !p.endsWith('/..') && !p.includes('//') && !p.includes('/./') && !p.includes('/../')) return p;
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!abs) parts.push('..');
      continue;
    }
    parts.push(seg);
  }
  const joined = parts.join('/');
  return abs ? '/' + joined : joined || '.';
}

/** Resolve `p` against the directory `cwd` (absolute), cleaned. */
export function resolvePath(cwd: string, p: string): string {
  return cleanPath(p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`);
}

/** Split a Compose string command the way a shell splits words (quotes, backslashes), without running a shell. */
export function shellSplit(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < s.length && /["\\$`]/.test(s[i + 1])) cur += s[++i];
      else cur += c;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '"' || c === "'") quote = c;
    else if (c === '\\' && i + 1 < s.length) cur += s[++i];
    else cur += c;
  }
  if (inWord) out.push(cur);
  return out;
}
