// The engine Web Worker: one copy of the pure engine (src/engine) that checks, simulates and grades
// the learner's Dockerfile off the main thread, so a huge or hostile input never freezes the page.
// The page (src/islands/engine-client.ts) terminates and restarts it when a request runs too long.

import './buffer-shim.ts';
import { analyze, simulate } from '../engine/index.ts';
import { check } from '../engine/rules/index.ts';
import { grade } from '../engine/grade/index.ts';
import { stageGraph } from './stage-graph.ts';
import type { RunOptions } from '../engine/types.ts';
import type { Analysis, WorkerRequest, WorkerResponse } from './protocol.ts';

/** Check, simulate and graph one text (one parse shared by all three). */
function analyzeText(text: string, run: RunOptions): Analysis {
  const model = analyze(text);
  return { findings: check(model, run.target ? { target: run.target } : {}), run: simulate(model, run), graph: stageGraph(model, run.target), diagnostics: model.diagnostics };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  let res: WorkerResponse;
  try {
    if (req.type === 'analyze') res = { id: req.id, ok: true, type: 'analyze', result: analyzeText(req.text, req.run) };
    else res = { id: req.id, ok: true, type: 'grade', result: grade(req.exercise, req.text) };
  } catch (e) {
    res = { id: req.id, ok: false, error: (e as Error).message };
  }
  (self as unknown as Worker).postMessage(res);
};

// Tell the page the engine has loaded: its time limit for requests starts now.
(self as unknown as Worker).postMessage({ ready: true });
