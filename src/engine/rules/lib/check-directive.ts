// The `# check=` parser directive: BuildKit's build checks a Dockerfile has switched off
// (docs.docker.com/build/checks/: `# check=skip=JSONArgsRecommended,StageNameCasing`,
// `# check=skip=all`, `# check=skip=…;error=true`). A rule that only repeats skipped BuildKit
// checks stays quiet too, except for errors: skipping a check never makes a failing build pass.

/** The BuildKit check names the directive skips; `all` skips every one. */
export function skippedChecks(directive: string | undefined): { all: boolean; names: Set<string> } {
  const names = new Set<string>();
  let all = false;
  for (const part of (directive ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'skip') continue;
    for (const name of part.slice(eq + 1).split(',')) {
      const n = name.trim().toLowerCase();
      if (n === 'all') all = true;
      else if (n) names.add(n);
    }
  }
  return { all, names };
}

/** Whether findings of a rule with these BuildKit equivalents (`"A, B"`) are switched off. */
export function skippedByDirective(buildkit: string | null, skipped: ReturnType<typeof skippedChecks>): boolean {
  if (!buildkit) return false;
  const names = buildkit.split(',').map((n) => n.trim().toLowerCase());
  return skipped.all || names.every((n) => skipped.names.has(n));
}
