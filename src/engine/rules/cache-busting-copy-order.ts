// `COPY . .` before `pip install -r` / `npm ci` / `go mod download`: every code change reinstalls everything.

import { defineRule } from './define.ts';
import { locate } from './support/locate.ts';

/** Dependency installs that only need the manifest files, with the manifests to copy first. */
const INSTALLS: { re: RegExp; what: string; manifests: string }[] = [
  { re: /\bpip[\d.]*\s+install\b[^;&|]*\s(-r|--requirement)[\s=]/, what: 'pip install -r', manifests: 'requirements*.txt' },
  { re: /\b(poetry\s+install|pipenv\s+(install|sync)|uv\s+sync|pdm\s+install)\b/, what: 'the Python dependency install', manifests: 'pyproject.toml and the lock file' },
  { re: /\bnpm\s+(ci|install|i)((\s+-[^\s;&|]*)*)\s*($|[;&|])/, what: 'npm install', manifests: 'package.json and package-lock.json' },
  { re: /\b(yarn(\s+install)?|pnpm\s+(install|i))\s*(?:$|[;&|]|\s--)/, what: 'the yarn/pnpm install', manifests: 'package.json and the lock file' },
  { re: /\bgo\s+mod\s+download\b/, what: 'go mod download', manifests: 'go.mod and go.sum' },
  { re: /\bmvnw?\b[^;&|]*\bdependency:(go-offline|resolve)\b/, what: 'the Maven dependency download', manifests: 'pom.xml' },
  { re: /\bbundle\s+install\b/, what: 'bundle install', manifests: 'Gemfile and Gemfile.lock' },
  { re: /\bcomposer\s+install\b/, what: 'composer install', manifests: 'composer.json and composer.lock' },
  { re: /\bcargo\s+fetch\b/, what: 'cargo fetch', manifests: 'Cargo.toml and Cargo.lock' },
];

/** Copying the whole build context before installing dependencies. */
export default defineRule({
  id: 'cache-busting-copy-order',
  severity: 'warning',
  title: 'Whole source tree copied before installing dependencies',
  description: 'Docker reuses a cached layer only while everything before it is unchanged: after `COPY . .`, any edit to any file re-runs the dependency install.',
  category: 'hygiene',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, reachable, report }) {
    for (const s of reachable) {
      const wholeCopy = s.copies.find((c) => c.source.kind === 'context' && !c.heredoc && c.sources.some((src) => /^\.\/?$/.test(src)));
      if (!wholeCopy) continue;
      const line = wholeCopy.instruction.range.line;
      const scriptOf = (r: (typeof s.runs)[number]) => (r.command.form === 'shell' ? (r.command.script ?? '') : r.command.argv.join(' '));
      for (const r of s.runs) {
        if (r.instruction.range.line <= line) continue;
        const hit = INSTALLS.find((i) => i.re.test(scriptOf(r)));
        if (!hit) continue;
        // The same install already ran from the manifests before the copy (`uv sync --no-install-project`,
        // then `uv sync` for the project itself): the dependencies are cached in that earlier layer.
        if (s.runs.some((e) => e.instruction.range.line < line && hit.re.test(scriptOf(e)))) break;
        // (locate, not instruction.args: per-argument ranges are computed lazily and cost time)
        report(
          locate(model, wholeCopy.instruction, /(?<=\s|^)\.\/?(?=\s)/),
          `The whole build context is copied before ${hit.what} (line ${r.instruction.range.line}), so any change to any source file invalidates the cache and reinstalls every dependency. Copy only ${hit.manifests} first, install, then COPY . .`,
        );
        break;
      }
    }
  },
});
