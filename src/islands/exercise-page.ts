// Wires one exercise page: the lazy Monaco editor, live checking and simulation in the engine
// worker, Check (grading), hints, solution, reset and the saved progress. Everything learner-typed
// is rendered as text by the panel modules.

import type { ClientExercise } from '../components/exercise/exercises-data.ts';
import { EngineClient, EngineTimeout, Superseded } from './engine-client.ts';
import { lazyDockerfileEditor } from './editor/lazy-editor.ts';
import { renderFindings } from './findings-list.ts';
import { renderResults, renderResultsMessage } from './results-list.ts';
import { bindSimulatorPanel } from './simulator-panel.ts';
import { renderStageGraph } from './stage-graph.ts';
import { bindHints } from './hints.ts';
import { bindSolution } from './solution-view.ts';
import { bindReset } from './reset-confirm.ts';
import { openProgressStore } from '../lib/progress/browser.ts';

/** Debounce delay of live checking while typing (ms). */
const LIVE_DELAY = 250;

/** Start the page under `root` (the ExerciseWorkbench element). */
export function startExercisePage(root: HTMLElement) {
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const exercise = JSON.parse($('[data-exercise-json]').textContent ?? '{}') as ClientExercise;
  const store = openProgressStore();
  const saved = store?.exercise(exercise.id);
  const textarea = $<HTMLTextAreaElement>('[data-editor-fallback]');
  const editorStatus = $('[data-editor-status]');
  const engineStatus = $('[data-engine-status]');
  const draftStatus = $('[data-draft-status]');
  const check = $<HTMLButtonElement>('[data-check]');

  if (saved?.draft !== undefined && saved.draft !== textarea.value) {
    textarea.value = saved.draft;
    draftStatus.textContent = `Your saved draft was restored${saved.draftSavedAt ? ` (from ${new Date(saved.draftSavedAt).toLocaleString()})` : ''}.`;
  }

  const showEngineMessage = (text: string) => {
    engineStatus.textContent = text;
    engineStatus.hidden = !text;
  };
  const engine = new EngineClient({ onRestart: (e) => showEngineMessage(`${e.message} Shorten or fix the Dockerfile; checking resumes when you edit it.`) });

  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  const onLine = (line: number) => editor.revealLine(line);

  const editor = lazyDockerfileEditor({
    textarea,
    host: $('[data-editor-host]'),
    onChange: (text) => {
      scheduleAnalyze();
      clearTimeout(draftTimer);
      draftTimer = setTimeout(() => saveDraft(text), 400);
    },
    onEscape: () => check.focus(),
    onReady: () => {
      editorStatus.textContent = '';
      scheduleAnalyze();
    },
    onLoadError: (e) => (editorStatus.textContent = `The code editor could not load (${e.message}); the plain text box still works.`),
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') check.focus();
  });

  function saveDraft(text: string) {
    if (!store) return;
    if (text === exercise.starter) store.clearDraft(exercise.id);
    else if (!store.saveDraft(exercise.id, text)) {
      draftStatus.textContent = 'This draft is too long to save in the browser.';
      return;
    }
    draftStatus.textContent = text === exercise.starter ? '' : 'Draft saved in this browser.';
  }

  const sim = bindSimulatorPanel($('[data-simulator]'), { onChange: () => scheduleAnalyze(), onLine });
  const findingsEl = $('[data-findings]');
  const findingsCount = $('[data-findings-count]');
  const graphEl = $('[data-stage-graph]');

  function scheduleAnalyze() {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(analyzeNow, LIVE_DELAY);
  }

  async function analyzeNow() {
    try {
      const a = await engine.analyze(editor.getValue(), sim.runOptions());
      showEngineMessage('');
      editor.setFindings(a.findings);
      renderFindings(findingsEl, a.findings, a.diagnostics, { onLine });
      const n = a.findings.length + a.diagnostics.length;
      findingsCount.textContent = `(${n})`;
      sim.setStages(a.graph.stages);
      sim.render(a.run);
      renderStageGraph(graphEl, a.graph, { onLine });
    } catch (e) {
      if (e instanceof Superseded) return;
      const msg = e instanceof EngineTimeout ? 'Not checked: the checker was stopped (time limit).' : `Not checked: ${(e as Error).message}`;
      findingsEl.textContent = msg;
      sim.renderMessage(msg);
    }
  }

  const resultsEl = $('[data-results]');
  const resultsStatus = $('[data-results-status]');
  check.addEventListener('click', async () => {
    check.disabled = true;
    check.textContent = 'Checking…';
    try {
      const report = await engine.grade(editor.getValue(), { id: exercise.id, goals: exercise.goals, context: exercise.context });
      renderResults(resultsEl, report, { onLine });
      const passed = report.goals.filter((g) => g.passed).length;
      resultsStatus.textContent = report.passed ? `All ${report.goals.length} goals pass.` : `${passed} of ${report.goals.length} goals pass.`;
      if (report.passed) store?.markPassed(exercise.id);
    } catch (e) {
      const msg = e instanceof EngineTimeout ? `${e.message} Nothing was graded; shorten or fix the Dockerfile and press Check again.` : `Could not check: ${(e as Error).message}`;
      renderResultsMessage(resultsEl, msg);
      resultsStatus.textContent = msg;
    } finally {
      check.disabled = false;
      check.textContent = 'Check';
    }
  });

  bindHints(root, exercise.hints, saved?.hintsUsed ?? 0, (count) => store?.useHints(exercise.id, count));
  bindSolution(root, exercise.solutions, () => editor.getValue(), () => store?.markSolutionSeen(exercise.id));
  bindReset(root, () => {
    editor.setValue(exercise.starter);
    store?.clearDraft(exercise.id);
    draftStatus.textContent = 'Back to the starter.';
    editor.focus();
  });

  // First analysis when one of its panels (findings, simulator, stage graph) comes on screen or the
  // editor starts: a reader who never scrolls there does not pay for the worker.
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    io.disconnect();
    analyzeNow();
  });
  for (const el of [findingsEl, $('[data-simulator]'), graphEl]) io.observe(el);
}
