// Packages built for one language runtime version copied into an image with another.

import type { CatalogImage, DockerfileModel, Stage } from '../types.ts';
import { parseRef } from '../catalog/index.ts';
import { defineRule } from './define.ts';
import { nodeInstalls, pipInstalls } from './lib/packages.ts';
import { chainOf, copiesFromStages, runText, stageLabel } from './lib/stages.ts';

/**
 * python3 that apt installs on Debian/Ubuntu releases (packages.debian.org / packages.ubuntu.com:
 * bullseye 3.9, bookworm 3.11, trixie 3.13; focal 3.8, jammy 3.10, noble 3.12). `latest` tags are
 * a lower bound: ubuntu:latest has been 24.04 or newer since 2024.
 */
const APT_PYTHON: Record<string, { version: string; atLeast?: boolean }> = {
  'debian:11': { version: '3.9' }, 'debian:bullseye': { version: '3.9' },
  'debian:12': { version: '3.11' }, 'debian:bookworm': { version: '3.11' },
  'debian:13': { version: '3.13' }, 'debian:trixie': { version: '3.13' },
  'ubuntu:20.04': { version: '3.8' }, 'ubuntu:focal': { version: '3.8' },
  'ubuntu:22.04': { version: '3.10' }, 'ubuntu:jammy': { version: '3.10' },
  'ubuntu:24.04': { version: '3.12' }, 'ubuntu:noble': { version: '3.12' },
  'ubuntu:latest': { version: '3.12', atLeast: true }, 'debian:latest': { version: '3.13', atLeast: true },
};

type Version = { lang: 'python' | 'node'; version: string; atLeast?: boolean; from: string };

const minorOf = (v: string, n: number) => v.split('.').slice(0, n).join('.');
const cmp = (a: string, b: string) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

function runtimeOf(img: CatalogImage | null, stage: Stage, model: DockerfileModel): Version | null {
  if (img?.runtime && (img.runtime.language === 'python' || img.runtime.language === 'node') && /^\d/.test(img.runtime.version))
    return { lang: img.runtime.language, version: img.runtime.version, from: img.name };
  // apt-get install python3 on a Debian/Ubuntu base.
  const chain = chainOf(model, stage);
  const root = chain.at(-1)!;
  const ref = root.base.kind === 'image' ? parseRef(root.baseRef) : null;
  const key = ref ? `${ref.repo}:${(ref.tag ?? 'latest').replace(/-slim$/, '')}` : '';
  if (APT_PYTHON[key] && chain.some((s) => s.runs.some((r) => /\bapt(-get)?\s+install\b[^;&|]*\bpython3\b/.test(runText(r)))))
    return { lang: 'python', ...APT_PYTHON[key], from: `${root.baseRef}'s python3` };
  return null;
}

/** Whether versions `a` (builder) and `b` (runtime) disagree at the precision that breaks packages. */
function mismatch(a: Version, b: Version): boolean {
  const n = a.lang === 'python' ? 2 : 1;
  if (a.atLeast) return cmp(minorOf(b.version, n), minorOf(a.version, n)) < 0;
  return minorOf(a.version, n) !== minorOf(b.version, n);
}

/** Compiled wheels and site-packages are per Python minor; native node modules per Node major (ABI). */
export default defineRule({
  id: 'runtime-version-mismatch',
  severity: 'warning',
  title: 'Builder and runtime versions differ',
  description: 'Packages installed with one Python minor (or Node major) are copied into an image with another: site-packages of python3.12 are not on python3.11\'s path, and native modules are built for one ABI.',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, target, finalChain, report }) {
    if (!target || target.rootUnknown) return;
    const runtime = runtimeOf(target.rootImage, target, model);
    if (!runtime) return;
    const done = new Set<number>();
    for (const stage of finalChain)
      for (const { copy, from } of copiesFromStages(model, stage)) {
        if (done.has(from.index)) continue;
        const built = runtimeOf(from.rootImage, from, model);
        if (!built || built.lang !== runtime.lang || !mismatch(built, runtime)) continue;
        // Packages installed in the builder are built for its version: copying them (or, later, fixing a
        // left-behind install by copying them) breaks on the runtime's version (ERRATA 3).
        const installs = chainOf(model, from).flatMap((s) => (runtime.lang === 'python' ? pipInstalls(model, s) : nodeInstalls(s)));
        if (!installs.length) continue;
        done.add(from.index);
        const what = runtime.lang === 'python' ? `Python ${built.atLeast ? `${built.version} or newer` : minorOf(built.version, 2)}` : `Node ${minorOf(built.version, 1)}`;
        const there = runtime.lang === 'python' ? `Python ${minorOf(runtime.version, 2)}` : `Node ${minorOf(runtime.version, 1)}`;
        report(
          copy.fromRange ?? copy.instruction.argsRange,
          `${stageLabel(from)} installs packages (line ${installs[0].line}) with ${what} (${built.from}), but the final image runs ${there} (${runtime.from}): ${runtime.lang === 'python' ? 'a venv or site-packages for one minor version is not found by another, and compiled extensions do not load' : 'native modules are compiled for one Node ABI and fail to load ("was compiled against a different Node.js version")'}. Use the same version in both stages (e.g. FROM ${runtime.lang === 'python' ? `python:${minorOf(runtime.version, 2)}` : `node:${minorOf(runtime.version, 1)}`} for the builder).`,
        );
      }
  },
});
