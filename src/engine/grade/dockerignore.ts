// The build context Docker really sends: the exercise's files minus what `.dockerignore`
// excludes. Semantics of moby/patternmatcher (used by BuildKit): one pattern per line, `#`
// comments, Go filepath.Match globs (`*`, `?`, `[...]`) plus `**` for any number of directories,
// leading/trailing slashes and `./` removed, a pattern that matches a directory excludes its
// contents, `!` re-includes, and the last matching line wins.
// Source: docs.docker.com/build/concepts/context/#dockerignore-files; moby/patternmatcher
// (MatchesOrParentMatches: "pattern.exclusion != matched → skip").

interface Pattern {
  re: RegExp;
  exclusion: boolean;
}

function clean(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** Go filepath.Match syntax plus `**`, anchored to the whole relative path. */
function toRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^\^/, '!');
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += '\\' + glob[++i];
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Parse a .dockerignore text into patterns, in order. */
export function parseDockerignore(text: string): Pattern[] {
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    const p = clean(line);
    if (!p) continue;
    out.push({ re: toRegex(p), exclusion });
  }
  return out;
}

/** Whether context-relative `file` is excluded by `patterns` (the file or one of its parent directories matches). */
export function isIgnored(patterns: Pattern[], file: string): boolean {
  const parts = clean(file).split('/');
  const prefixes = parts.map((_, k) => parts.slice(0, k + 1).join('/'));
  let matched = false;
  for (const pat of patterns) {
    if (pat.exclusion !== matched) continue;
    if (prefixes.some((p) => pat.re.test(p))) matched = !pat.exclusion;
  }
  return matched;
}

/** The context files COPY and ADD can see: all of them minus those `.dockerignore` excludes. */
export function sentContextFiles(files: string[], dockerignore: string | undefined): string[] {
  if (dockerignore === undefined) return files;
  const patterns = parseDockerignore(dockerignore);
  return files.filter((f) => !isIgnored(patterns, f));
}
