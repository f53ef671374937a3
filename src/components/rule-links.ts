// Links for the hadolint and BuildKit equivalents shown on rule pages and in the rule index.

/** Split a registry equivalent ("DL4003, DL4004") into single codes. */
export function codes(list: string | null): string[] {
  return (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** hadolint's wiki page for a DL code. */
export function hadolintUrl(code: string): string {
  return `https://github.com/hadolint/hadolint/wiki/${code}`;
}

/** Docker's reference page for a BuildKit check (`JSONArgsRecommended` → json-args-recommended). */
export function buildkitUrl(name: string): string {
  return `https://docs.docker.com/reference/build-checks/${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()}/`;
}
