// Splits RUN scripts into simple commands and answers "which tools does a stage have?", the
// shared vocabulary of the Go and Python goals.

import type { DockerfileModel, Stage } from '../types.ts';
import { shellSplit } from '../expand.ts';
import { chainOf } from './trace.ts';

/** One simple command of a RUN (split on &&, ||, ;, | and newlines), with its words. */
export interface RunCommand {
  stage: Stage;
  line: number;
  /** Words with quotes removed (approximate: no expansion). */
  words: string[];
  /** Variables `export`ed earlier in the same RUN. */
  exported: Record<string, string>;
  /** The whole RUN script, for context. */
  script: string;
}

/** The text a RUN executes (the shell script, or the exec argv joined). */
export function runScript(run: Stage['runs'][number]): string {
  const script = run.command.form === 'shell' ? (run.command.script ?? '') : run.command.argv.join(' ');
  // `RUN <<EOT` (or `RUN sh <<EOT`) runs the heredoc body as the script (BuildKit, dockerfile:1.4+);
  // other heredocs (`cat <<EOF > file`, `python3 <<EOF`) are data, not shell commands.
  if (run.heredocs?.length && HEREDOC_SCRIPT.test(script)) return run.heredocs.join('\n');
  return script;
}

const HEREDOC_SCRIPT = /^\s*(?:(?:\/bin\/|\/usr\/bin\/)?(?:ba|da)?sh\s+(?:-\w+\s+)*)?<<-?(["']?)\w+\1\s*$/;

/** Every simple command of every RUN in `stage` (its own RUNs only), in order. */
export function stageCommands(stage: Stage): RunCommand[] {
  const out: RunCommand[] = [];
  for (const run of stage.runs) {
    const script = runScript(run);
    const exported: Record<string, string> = {};
    // `sh -c "…"` exec-form RUNs: look inside the script.
    const inner = run.command.form === 'exec' && /^(\/bin\/)?(ba)?sh$/.test(run.command.argv[0] ?? '') && run.command.argv[1] === '-c' ? run.command.argv[2] ?? '' : script;
    for (const part of inner.split(/&&|\|\||;|\n|\|/)) {
      const words = shellSplit(part.trim());
      if (!words.length) continue;
      if (words[0] === 'export') {
        for (const w of words.slice(1)) {
          const eq = w.indexOf('=');
          if (eq > 0) exported[w.slice(0, eq)] = w.slice(eq + 1);
        }
        continue;
      }
      out.push({ stage, line: run.instruction.range.line, words, exported: { ...exported }, script });
    }
  }
  return out;
}

/** Leading `K=V` assignments (and `env K=V`) of a command, and the words after them. */
export function splitAssignments(words: string[]): { env: Record<string, string>; rest: string[] } {
  const env: Record<string, string> = {};
  let k = 0;
  if (words[0] === 'env') k = 1;
  for (; k < words.length; k++) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(words[k]);
    if (!m) break;
    env[m[1]] = m[2];
  }
  return { env, rest: words.slice(k) };
}

/** Image repositories whose tool set we know even when the exact tag is not in the catalog. */
const REPO_TOOLS: Record<string, string[]> = {
  golang: ['go', 'gcc'],
  python: ['python3', 'pip', 'gcc'],
  node: ['node', 'npm'],
  maven: ['mvn', 'java', 'javac'],
  gradle: ['gradle', 'java', 'javac'],
  rust: ['cargo', 'rustc', 'gcc'],
};

const INSTALLS: [RegExp, string[]][] = [
  [/\b(golang|golang-go)\b/, ['go']],
  [/(^|\s)go(\s|$)/, ['go']],
  [/\b(gcc|build-essential|build-base|g\+\+|clang)\b/, ['gcc']],
  [/\bpython3?(-pip)?\b/, ['python3', 'pip']],
  [/\b(nodejs|npm)\b/, ['node', 'npm']],
  [/\bmaven\b/, ['mvn']],
];

/** Tools the image of `stage` has: from the catalog, the repository name, or packages its chain installs. */
export function stageTools(model: DockerfileModel, stage: Stage): Set<string> {
  const tools = new Set<string>();
  const chain = chainOf(model, stage);
  const root = chain[chain.length - 1];
  if (stage.rootImage) stage.rootImage.tools.forEach((t) => tools.add(t));
  else if (stage.rootUnknown && root.base.kind === 'image') {
    const repo = root.baseRef.split('@')[0].split(':')[0].split('/').pop() ?? '';
    const slimOrRuntime = /-(slim|alpine)|jre/.test(root.baseRef);
    for (const t of REPO_TOOLS[repo] ?? []) if (!(slimOrRuntime && t === 'gcc')) tools.add(t);
  }
  for (const s of chain)
    for (const c of stageCommands(s)) {
      const w = c.words;
      const installer = (w[0] === 'apt-get' || w[0] === 'apt' || w[0] === 'apk' || w[0] === 'yum' || w[0] === 'dnf' || w[0] === 'microdnf') && /^(install|add)$/.test(w[1] ?? '');
      if (!installer) continue;
      const pkgs = w.slice(2).filter((x) => !x.startsWith('-')).join(' ');
      for (const [re, ts] of INSTALLS) if (re.test(pkgs)) ts.forEach((t) => tools.add(t));
      // Debian/Ubuntu golang-go recommends gcc, and apt installs recommends unless told not to.
      if (w[0].startsWith('apt') && /\bgolang(-go)?\b/.test(pkgs) && !w.includes('--no-install-recommends')) tools.add('gcc');
    }
  return tools;
}
