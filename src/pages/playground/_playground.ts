// Wires the playground: a shared Dockerfile from the URL fragment (validated, shown as text only),
// the lazy editor, live findings / simulation / stage graph from the engine worker, the build
// target, the size estimate and the share button. Reuses the exercise page's island modules.

import { EngineClient, EngineTimeout, Superseded } from '../../islands/engine-client.ts';
import { lazyDockerfileEditor } from '../../islands/editor/lazy-editor.ts';
import { renderFindings } from '../../islands/findings-list.ts';
import { bindSimulatorPanel } from '../../islands/simulator-panel.ts';
import { renderStageGraph } from '../../islands/stage-graph.ts';
import { decodeShare } from '../../lib/share/link.ts';
import type { StageGraph } from '../../worker/protocol.ts';
import { DEFAULT_DOCKERFILE } from './_default.ts';
import { bindShare } from './_share.ts';
import { sizeEstimate } from './_size.ts';

/** Debounce delay of live checking while typing (ms). */
const LIVE_DELAY = 250;

/** Start the playground under `root`. */
export function startPlayground(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const textarea = $<HTMLTextAreaElement>('[data-editor-fallback]');
  const shareError = $('[data-share-error]');
  const engineStatus = $('[data-engine-status]');
  const targetSelect = $<HTMLSelectElement>('[data-target]');
  const shareButton = $<HTMLButtonElement>('[data-share]');

  /** Show the Dockerfile from the URL fragment, or say why it cannot be read. */
  function fromFragment(): string | null {
    const r = decodeShare(location.hash);
    shareError.hidden = !r || r.ok;
    shareError.textContent = r && !r.ok ? r.error : '';
    return r?.ok ? r.text : null;
  }
  // Text only: .value never parses markup, and nothing from the link is run.
  textarea.value = fromFragment() ?? DEFAULT_DOCKERFILE;

  const showEngineMessage = (text: string) => {
    engineStatus.textContent = text;
    engineStatus.hidden = !text;
  };
  const engine = new EngineClient({ onRestart: (e) => showEngineMessage(`${e.message} Shorten or fix the Dockerfile; checking resumes when you edit it.`) });
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const onLine = (line: number) => editor.revealLine(line);
  const editor = lazyDockerfileEditor({
    textarea,
    host: $('[data-editor-host]'),
    onChange: () => scheduleAnalyze(),
    onEscape: () => shareButton.focus(),
    onReady: () => ($('[data-editor-status]').textContent = ''),
    onLoadError: (e) => ($('[data-editor-status]').textContent = `The code editor could not load (${e.message}); the plain text box still works.`),
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') shareButton.focus();
  });

  const sim = bindSimulatorPanel($('[data-simulator]'), { onChange: () => scheduleAnalyze(), onLine });
  const findingsEl = $('[data-findings]');
  const graphEl = $('[data-stage-graph]');
  const sizeEl = $('[data-size]');

  function scheduleAnalyze() {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(analyzeNow, LIVE_DELAY);
  }

  /** Keep the target list in step with the named stages (docker build --target takes names only). */
  function syncTargets(graph: StageGraph) {
    const want = graph.stages.filter((s) => s.name).map((s) => ({ value: s.name!, label: `${s.name} (stage ${s.index})` }));
    const have = [...targetSelect.options].slice(1).map((o) => `${o.value}\u0000${o.text}`);
    if (have.join('\n') === want.map((w) => `${w.value}\u0000${w.label}`).join('\n')) return;
    const keep = targetSelect.value;
    targetSelect.replaceChildren(targetSelect.options[0], ...want.map((w) => new Option(w.label, w.value)));
    targetSelect.value = want.some((w) => w.value === keep) ? keep : '';
  }

  async function analyzeNow() {
    const target = targetSelect.value || undefined;
    try {
      const a = await engine.analyze(editor.getValue(), { ...sim.runOptions(), ...(target ? { target } : {}) });
      showEngineMessage('');
      editor.setFindings(a.findings);
      renderFindings(findingsEl, a.findings, a.diagnostics, { onLine });
      $('[data-findings-count]').textContent = `(${a.findings.length + a.diagnostics.length})`;
      sim.render(a.run);
      renderStageGraph(graphEl, a.graph, { onLine });
      syncTargets(a.graph);
      sizeEl.textContent = sizeEstimate(a.graph);
    } catch (e) {
      if (e instanceof Superseded) return;
      const msg = e instanceof EngineTimeout ? 'Not checked: the checker was stopped (time limit).' : `Not checked: ${(e as Error).message}`;
      findingsEl.textContent = msg;
      sim.renderMessage(msg);
    }
  }

  targetSelect.addEventListener('change', () => scheduleAnalyze());
  $('[data-load-default]').addEventListener('click', () => {
    editor.setValue(DEFAULT_DOCKERFILE);
    history.replaceState(null, '', location.pathname + location.search);
    shareError.hidden = true;
    editor.focus();
  });
  // A link pasted into this tab's address bar only changes the fragment.
  addEventListener('hashchange', () => {
    const text = fromFragment();
    editor.setValue(text ?? DEFAULT_DOCKERFILE);
  });
  bindShare(root, () => editor.getValue());

  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 200));
  if (document.readyState === 'complete') idle(analyzeNow);
  else addEventListener('load', () => idle(analyzeNow), { once: true });
}
