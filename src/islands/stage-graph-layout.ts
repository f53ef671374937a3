// Lays out a stage graph (src/worker/stage-graph.ts) as boxes and curved edges for an SVG, and words
// the sizes. Pure, so the layout is unit-tested in Node and reused by the playground.

import type { StageGraph, StageNode } from '../worker/protocol.ts';

export interface BoxLayout { index: number; x: number; y: number; width: number; height: number; title: string; subtitle: string; target: boolean; full: string }
export interface EdgeLayout { kind: 'from' | 'copy'; d: string; label: string; labelX: number; labelY: number }
export interface GraphLayout { width: number; height: number; boxes: BoxLayout[]; edges: EdgeLayout[] }

const BOX_W = 250;
const BOX_H = 54;
const GAP = 30;
const LANE = 70;
const MAX_CHARS = 30;

const clip = (s: string, n = MAX_CHARS) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** "stage 1 “build”" or "stage 1" (learner names stay text). */
export function stageLabel(s: StageNode): string {
  return s.name ? `stage ${s.index} “${s.name}”` : `stage ${s.index}`;
}

/** The catalog size of a stage's root image in words; "size unknown" when the catalog has none. */
export function sizeText(s: StageNode, graph: StageGraph): string {
  const size = s.base === 'scratch' || s.rootImage === 'scratch'
    ? 'empty base (0 MB)'
    : s.compressedMB !== null
      ? `base ≈ ${round(s.compressedMB)} MB compressed`
      : s.uncompressedMB !== null
        ? `base ≈ ${round(s.uncompressedMB)} MB on disk`
        : 'base size unknown';
  if (s.fromStage === null) return size;
  const parent = graph.stages[s.fromStage];
  return `builds on ${parent ? stageLabel(parent) : 'an earlier stage'}; ${size}`;
}

const round = (n: number) => (n >= 10 ? Math.round(n).toString() : n.toFixed(1).replace(/\.0$/, ''));

/** Boxes in a column (one per stage, in file order); FROM edges curve on the left, COPY --from on the right. */
export function layoutStageGraph(graph: StageGraph): GraphLayout {
  const x = LANE;
  const boxes: BoxLayout[] = graph.stages.map((s, i) => ({
    index: s.index,
    x,
    y: 10 + i * (BOX_H + GAP),
    width: BOX_W,
    height: BOX_H,
    title: clip(`${stageLabel(s)}${graph.target === s.index ? ' · target' : ''}`, 40),
    subtitle: clip(`FROM ${s.base}`),
    target: graph.target === s.index,
    full: `${stageLabel(s)}: FROM ${s.base} (line ${s.line}); ${sizeText(s, graph)}`,
  }));
  const edges: EdgeLayout[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    const key = `${e.kind}:${e.from}:${e.to}`;
    if (seen.has(key) || e.from === e.to) continue;
    seen.add(key);
    const a = boxes[e.from];
    const b = boxes[e.to];
    if (!a || !b) continue;
    const span = Math.abs(e.to - e.from);
    const y1 = a.y + a.height / 2;
    const y2 = b.y + b.height / 2;
    if (e.kind === 'from') {
      const bend = Math.max(12, LANE - 8 - Math.min(span, 4) * 10);
      edges.push({ kind: 'from', d: `M ${x} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x - 2} ${y2}`, label: 'FROM', labelX: 4, labelY: (y1 + y2) / 2 });
    } else {
      const right = x + BOX_W;
      const bend = right + Math.min(LANE - 8, 18 + Math.min(span, 4) * 10);
      edges.push({ kind: 'copy', d: `M ${right} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${right + 2} ${y2}`, label: 'COPY', labelX: right + 8, labelY: (y1 + y2) / 2 });
    }
  }
  return { width: x + BOX_W + LANE, height: Math.max(40, 20 + boxes.length * (BOX_H + GAP) - GAP), boxes, edges };
}
