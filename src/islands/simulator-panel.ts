// The simulator panel's behaviour: reads the Docker / Kubernetes / Compose fields into RunOptions,
// and shows the simulated argv (each token linked to the Dockerfile line or base image it came
// from), PID 1 with its signal note, and predicted failures. Markup: SimulatorPanel.astro.

import type { RunOptions, RunResult, TokenOrigin } from '../engine/types.ts';
import { formatArgv, formatRunCommand, parseRunArgs } from '../engine/run-args.ts';
import { shellSplit } from '../engine/expand.ts';
import { h, lineButton } from './dom.ts';

/** Props of bindSimulatorPanel(). */
export interface SimulatorOptions {
  /** Called (debounced by the caller if needed) whenever the run options change. */
  onChange: (opts: RunOptions) => void;
  /** Reveal a Dockerfile line in the editor. */
  onLine?: (line: number) => void;
}

export type SimulatorMode = 'docker' | 'k8s' | 'compose';

/** A Kubernetes list field: a JSON/YAML flow list (`["a", "b"]`) or words; empty = not set. */
export function parseListField(text: string): { value?: string[]; error?: string } {
  const t = text.trim();
  if (!t) return {};
  if (t.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return { value: v };
      return { error: 'expected a list of strings, e.g. ["python3", "app.py"]' };
    } catch {
      return { error: 'not a valid list; write ["python3", "app.py"] or plain words' };
    }
  }
  return { value: shellSplit(t) };
}

/** Describe where one argv token came from, with a button to its line when it has one. */
function originNode(o: TokenOrigin['origin'], onLine?: (line: number) => void): HTMLElement {
  switch (o.kind) {
    case 'line':
      return lineButton(o.line, onLine, `Dockerfile line ${o.line}`);
    case 'base':
      return h('span', { class: 'sc-origin' }, 'base image ', h('code', {}, o.image));
    case 'run-arg':
      return h('span', { class: 'sc-origin' }, 'your run arguments');
    case 'entrypoint-flag':
      return h('span', { class: 'sc-origin' }, 'the --entrypoint option');
    case 'script':
      return h('span', { class: 'sc-origin' }, 'script ', h('code', {}, o.name));
    default:
      return h('span', { class: 'sc-origin' }, 'unknown');
  }
}

/** Wire the panel under `root` and return its render functions. */
export function bindSimulatorPanel(root: HTMLElement, opts: SimulatorOptions) {
  const field = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const out = root.querySelector<HTMLElement>('[data-sim-out]')!;
  const fieldError = root.querySelector<HTMLElement>('[data-sim-field-error]')!;
  const mode = (): SimulatorMode => (root.querySelector<HTMLInputElement>('input[name="sim-mode"]:checked')?.value as SimulatorMode) ?? 'docker';

  function runOptions(): RunOptions {
    const errors: string[] = [];
    let o: RunOptions = {};
    const m = mode();
    if (m === 'docker') {
      const { ignored: _i, ...rest } = parseRunArgs(field('sim-docker').value);
      o = rest;
    } else if (m === 'k8s') {
      const cmd = parseListField(field('sim-k8s-command').value);
      const args = parseListField(field('sim-k8s-args').value);
      if (cmd.error) errors.push(`command: ${cmd.error}`);
      if (args.error) errors.push(`args: ${args.error}`);
      o = { k8s: { ...(cmd.value ? { command: cmd.value } : {}), ...(args.value ? { args: args.value } : {}) } };
    } else {
      const ep = field('sim-compose-entrypoint').value;
      const cmd = field('sim-compose-command').value;
      const list = (v: string) => (v.trim().startsWith('[') ? parseListField(v) : { value: undefined, error: undefined });
      const epl = list(ep);
      const cmdl = list(cmd);
      if (epl.error) errors.push(`entrypoint: ${epl.error}`);
      if (cmdl.error) errors.push(`command: ${cmdl.error}`);
      o = { compose: { ...(ep.trim() ? { entrypoint: epl.value ?? ep } : {}), ...(cmd.trim() ? { command: cmdl.value ?? cmd } : {}) } };
    }
    const target = root.querySelector<HTMLSelectElement>('select[name="sim-target"]')?.value;
    if (target) o.target = target;
    fieldError.textContent = errors.join('; ');
    fieldError.hidden = errors.length === 0;
    return o;
  }

  const changed = () => opts.onChange(runOptions());
  for (const m of ['docker', 'k8s', 'compose'] as const) {
    const group = root.querySelector<HTMLElement>(`[data-sim-mode="${m}"]`)!;
    group.hidden = m !== mode();
  }
  root.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('select')) changed();
  });
  root.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).matches('select')) return;
    const t = e.target as HTMLInputElement;
    if (t.name === 'sim-mode') for (const g of root.querySelectorAll<HTMLElement>('[data-sim-mode]')) g.hidden = g.dataset.simMode !== mode();
    changed();
  });
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());

  /** The command line the learner is simulating, for the first line of the output. */
  function commandLine(o: RunOptions): string {
    const m = mode();
    if (m === 'k8s') return `Kubernetes container: command ${o.k8s?.command ? JSON.stringify(o.k8s.command) : '(not set)'}, args ${o.k8s?.args ? JSON.stringify(o.k8s.args) : '(not set)'}`;
    if (m === 'compose') return `Compose service: entrypoint ${o.compose?.entrypoint !== undefined ? JSON.stringify(o.compose.entrypoint) : '(not set)'}, command ${o.compose?.command !== undefined ? JSON.stringify(o.compose.command) : '(not set)'}`;
    return `$ ${formatRunCommand(o)}`;
  }

  function render(run: RunResult) {
    const o = runOptions();
    const parts: (HTMLElement | null)[] = [
      o.target ? h('p', { class: 'sc-sim__cmd' }, `$ docker build --target ${o.target} -t IMAGE .`) : null,
      h('p', { class: 'sc-sim__cmd' }, commandLine(o)),
    ];
    if (run.argv === null) {
      parts.push(h('p', { class: 'sc-sim__error' }, run.error ? `Fails: ${run.error}` : 'docker: Error response from daemon: No command specified'));
    } else {
      parts.push(h('p', { class: 'sc-sim__runs' }, h('span', { class: 'sc-sim__label' }, 'runs: '), h('code', {}, formatArgv(run.argv))));
      parts.push(
        h(
          'ol',
          { class: 'sc-argv', 'aria-label': 'Where each argument comes from' },
          ...run.argv.map((tok, i) => {
            const o = run.origins[i];
            return h('li', { class: 'sc-argv__tok' }, h('code', {}, tok === '' ? "''" : tok), h('span', { class: 'sc-argv__from' }, 'from ', o ? originNode(o.origin, opts.onLine) : h('span', {}, 'unknown')));
          }),
        ),
      );
      if (run.pid1.kind !== 'none') {
        parts.push(
          h(
            'p',
            { class: 'sc-sim__pid1' },
            h('span', { class: 'sc-sim__label' }, 'PID 1: '),
            h('code', {}, formatArgv(run.pid1.argv)),
            ' ',
            h('span', { class: `sc-signal sc-signal--${run.pid1.receivesSigterm ? 'yes' : 'no'}` }, run.pid1.receivesSigterm ? 'SIGTERM from docker stop reaches the app.' : 'SIGTERM from docker stop does not reach the app.'),
          ),
        );
        parts.push(h('p', { class: 'sc-sim__explain' }, run.pid1.explanation));
      }
    }
    const problems = run.problems.filter((p) => p.code !== 'no-command' || run.argv !== null);
    if (problems.length)
      parts.push(h('ul', { class: 'sc-sim__problems', 'aria-label': 'Predicted failures' }, ...problems.map((p) => h('li', {}, h('span', { class: 'sc-sim__label' }, 'Predicted failure: '), p.message, p.range ? ' ' : null, p.range ? lineButton(p.range.line, opts.onLine) : null))));
    if (run.warnings.length) parts.push(h('ul', { class: 'sc-sim__notes' }, ...run.warnings.map((w) => h('li', {}, `Note: ${w}`))));
    out.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  function renderMessage(text: string) {
    out.replaceChildren(h('p', { class: 'sc-sim__error' }, text));
  }

  /** Offer the Dockerfile's stages as build targets (keeps the choice while it still exists). */
  function setStages(stages: { index: number; name: string | null }[]) {
    const select = root.querySelector<HTMLSelectElement>('select[name="sim-target"]');
    if (!select) return;
    const values = stages.map((s) => s.name ?? String(s.index));
    const current = [...select.options].slice(1).map((o) => o.value);
    if (values.join('\n') === current.join('\n')) return;
    const chosen = select.value;
    select.replaceChildren(h('option', { value: '' }, 'the last stage'), ...stages.map((s) => h('option', { value: s.name ?? String(s.index) }, s.name ? `${s.name} (stage ${s.index})` : `stage ${s.index}`)));
    select.value = values.includes(chosen) ? chosen : '';
    if (select.value !== chosen) changed();
  }

  return { runOptions, render, renderMessage, mode, setStages };
}
