// Turns the catalog's free-text source strings ("owner/repo@sha: path (comment), path2") into text and
// link parts for the base-image reference page, linking only what a source pins down exactly.

/** One piece of a rendered source: plain text, or text with a link. */
export interface SourcePart {
  text: string;
  href?: string;
}

const GITHUB = 'https://github.com';
const RESEARCH = 'shared/data/base-images.json';
/** `owner/repo`, optionally `@commit` (with `^` for "the parent of"), optionally `#issue`. */
const REPO = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+?)(?:@([0-9a-f]{7,40})(\^)?|#(\d+))?(?=$|[\s:;,(])/;
/** A path inside a repository: has a slash, or is an upper-case root file (BUILD, README.md, SUPPORT_POLICY.md). */
const PATH = /^(?:[A-Za-z0-9_.-]+\/)+[A-Za-z0-9_.-]+|^[A-Z][A-Z_]*(?:\.md)?(?=$|[\s,;(])/;
/** A bare file name with an extension (`versions.json`): read as a root file only when it comes first. */
const ROOT_FILE = /^[A-Za-z0-9_-]+\.[a-z]+(?=$|[\s,;(])/;

/** A second source inside a string: `owner/repo: …` or `owner/repo@sha: …` (exactly one slash before the colon). */
const NESTED = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(?:@[0-9a-f]{7,40})?: /;

/**
 * Split `rest` (what follows "repo@sha: ") at top-level `, ` and `; ` (not inside parentheses), keeping
 * the separators as their own items so the text is rendered unchanged.
 */
function splitTopLevel(rest: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';') && depth === 0 && rest[i + 1] === ' ') {
      out.push(rest.slice(start, i), rest.slice(i, i + 2));
      start = i + 2;
      i++;
    }
  }
  out.push(rest.slice(start));
  return out.filter((s) => s !== '');
}

/** Parse one `owner/repo…` segment; null when the text does not start with a repository name. */
function parseRepoSegment(text: string): SourcePart[] | null {
  const m = REPO.exec(text);
  if (!m) return null;
  const [head, repo, commit, parent, issue] = m;
  const after = text.slice(head.length);
  const base = `${GITHUB}/${repo}`;
  if (issue) return [{ text: head, href: `${base}/issues/${issue}` }, ...(after ? [{ text: after }] : [])];
  // "repo@sha: Remove python3-debian12" names a commit by its message; paths after "repo@sha: " are files.
  const colon = after.indexOf(': ');
  const label = colon < 0 ? after : after.slice(0, colon + 2);
  const rest = colon < 0 ? '' : after.slice(colon + 2);
  const restIsPaths = rest !== '' && (PATH.test(rest) || ROOT_FILE.test(rest)) && !/^[A-Z][a-z]/.test(rest);
  let repoHref = base;
  if (commit && (parent || !restIsPaths)) repoHref = `${base}/commit/${commit}`;
  else if (commit) repoHref = `${base}/tree/${commit}`;
  const parts: SourcePart[] = [{ text: head, href: repoHref }];
  if (label) parts.push({ text: label });
  // Files are linked only at an exact commit that is not "the parent of" one (a `^` ref has no stable URL here).
  const linkFiles = Boolean(commit && !parent && restIsPaths);
  splitTopLevel(rest).forEach((item, index) => {
    // "…/Dockerfile; docker-library/repo-info: repos/…" starts a second source inside the same string.
    const nested = NESTED.test(item) ? parseRepoSegment(item) : null;
    if (nested) {
      parts.push(...nested);
      return;
    }
    const p = linkFiles ? (PATH.exec(item) ?? (index === 0 ? ROOT_FILE.exec(item) : null)) : null;
    if (p) {
      parts.push({ text: p[0], href: `${base}/blob/${commit}/${p[0]}` });
      if (item.length > p[0].length) parts.push({ text: item.slice(p[0].length) });
    } else parts.push({ text: item });
  });
  return parts;
}

/**
 * Render one catalog source string as parts. `https://` URLs become links; `owner/repo@commit: path, …`
 * links the commit (tree, or commit page for a commit message or a `^` parent ref) and each path at that
 * commit; `owner/repo#123` links the issue; a repository without a commit links only its home page.
 * Anything else (e.g. the project's research notes) stays text.
 */
export function sourceParts(source: string): SourcePart[] {
  const url = /^https?:\/\/\S+/.exec(source);
  if (url) return [{ text: url[0], href: url[0] }, ...(source.length > url[0].length ? [{ text: source.slice(url[0].length) }] : [])];
  // The team's research file (not published with the site): say what it is rather than show a bare path.
  if (source.startsWith(RESEARCH)) return [{ text: `Stagecraft research notes (${source.slice(RESEARCH.length - 'base-images.json'.length)})` }];
  return parseRepoSegment(source) ?? [{ text: source }];
}
