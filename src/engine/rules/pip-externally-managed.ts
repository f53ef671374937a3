// `pip install` into the system Python of Debian 12+ / Ubuntu 23.04+ fails (PEP 668).

import { defineRule } from './define.ts';
import { rootRef } from '../simulate.ts';
import { locate } from './support/locate.ts';
import type { Stage } from '../types.ts';

// Distributions whose python3 package ships the EXTERNALLY-MANAGED marker (PEP 668):
// Debian 12 (bookworm) and later, Ubuntu 23.04 and later. `latest`/no tag is Ubuntu 24.04+ today.
const UBUNTU_CODENAMES = /^(lunar|mantic|noble|oracular|plucky|questing|resolute|rolling|devel|latest)$/;
const DEBIAN_MANAGED = /^(bookworm|trixie|forky|sid|12|13|14|stable|testing|unstable|latest)(-slim|-\d{8}(-slim)?)?$/;

/** Whether `ref` (after ARG expansion) is a Debian/Ubuntu image whose system Python refuses pip. */
export function externallyManaged(ref: string): boolean {
  const m = /^(?:docker\.io\/)?(?:library\/)?(ubuntu|debian):?([^@]*)/.exec(ref.toLowerCase());
  if (!m) return false;
  const tag = m[2] || 'latest';
  if (m[1] === 'debian') return DEBIAN_MANAGED.test(tag);
  const v = /^(\d+)\.(\d+)/.exec(tag);
  if (v) return Number(v[1]) * 100 + Number(v[2]) >= 2304;
  return UBUNTU_CODENAMES.test(tag.replace(/-\d+$/, ''));
}

// A pip that installs into the current (system) environment: not a venv's pip, not --target/--prefix/--root.
const PIP_INSTALL = /(?:^|[\s;&|(])((?:pip3?(?:\.\d+)?|python3?(?:\.\d+)?\s+-m\s+pip)\s+install\b[^;&|\n]*)/g;

/** pip runs that PEP 668 rejects in `stage`, with the command text. */
function blockedPips(stage: Stage): { line: number; text: string; ins: Stage['runs'][number]['instruction'] }[] {
  const out: { line: number; text: string; ins: Stage['runs'][number]['instruction'] }[] = [];
  const env = stage.config.env;
  if (env.VIRTUAL_ENV || /^(1|true|yes)$/i.test(env.PIP_BREAK_SYSTEM_PACKAGES ?? '')) return out;
  const scripts = stage.runs.map((r) => (r.command.form === 'shell' ? (r.command.script ?? '') : r.command.argv.join(' ')));
  // A virtualenv whose bin directory is on PATH makes every later `pip` the venv's pip.
  const venvs = scripts.flatMap((t) => [...t.matchAll(/(?:-m\s+venv|virtualenv|uv\s+venv)\s+(?:--?[\w-]+\s+)*([\w./-]+)/g)].map((m) => m[1]));
  if (venvs.some((v) => (env.PATH ?? '').includes(v.replace(/^\.\//, '')))) return out;
  // The marker file deleted, or pip told to ignore it, before any install.
  if (scripts.some((t) => /EXTERNALLY-MANAGED|break-system-packages\s+true|break_system_packages/.test(t) && !/pip3?\s+install[^;&|]*--break-system-packages/.test(t))) return out;
  for (const [i, r] of stage.runs.entries()) {
    const script = scripts[i];
    // Activated in the same RUN (`. /opt/venv/bin/activate && pip install …`).
    if (/\/bin\/activate\b/.test(script)) continue;
    for (const m of script.matchAll(PIP_INSTALL)) {
      const cmd = m[1];
      if (/--break-system-packages|--target\b|\s-t\s|--prefix\b|--root\b|--dry-run/.test(cmd)) continue;
      out.push({ line: r.instruction.range.line, text: cmd.split(/\s+/).slice(0, cmd.startsWith('python') ? 4 : 2).join(' '), ins: r.instruction });
    }
  }
  return out;
}

/** System-wide pip install on a distribution that marks its Python as externally managed. */
export default defineRule({
  id: 'pip-externally-managed',
  severity: 'error',
  title: 'pip install into an externally managed Python',
  description: 'On Debian 12+ and Ubuntu 23.04+, the system Python is marked "externally managed" (PEP 668): `pip install` outside a virtualenv stops the build with "error: externally-managed-environment".',
  category: 'runtime',
  equivalent: { hadolint: null, buildkit: null },
  check({ model, reachable, report }) {
    for (const s of reachable) {
      if (s.rootImage?.runtime?.language === 'python') continue; // python:* images install Python in /usr/local, unmanaged
      const ref = rootRef(model, s);
      if (!externallyManaged(ref)) continue;
      for (const p of blockedPips(s)) {
        report(
          locate(model, p.ins, p.text),
          `${ref} marks its system Python as externally managed (PEP 668), so "${p.text}" stops the build with "error: externally-managed-environment". Create a virtualenv first (RUN python3 -m venv /opt/venv, ENV PATH="/opt/venv/bin:$PATH") and install there, or start FROM a python:3.x image whose Python is not the distribution's.`,
        );
      }
    }
  },
});
