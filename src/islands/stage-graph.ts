// Draws the stage graph as SVG (built with createElementNS and textContent, never markup) plus a list
// that says the same in words: the SVG's text alternative, with sizes from the catalog.

import type { StageGraph } from '../worker/protocol.ts';
import { h, lineButton } from './dom.ts';
import { layoutStageGraph, sizeText, stageLabel } from './stage-graph-layout.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Props of renderStageGraph(). */
export interface StageGraphOptions {
  onLine?: (line: number) => void;
}

/** Replace `el`'s content with the graph of `graph`. */
export function renderStageGraph(el: HTMLElement, graph: StageGraph, opts: StageGraphOptions = {}) {
  if (!graph.stages.length) {
    el.replaceChildren(h('p', {}, 'No stages yet: the Dockerfile has no FROM instruction.'));
    return;
  }
  const layout = layoutStageGraph(graph);
  const root = svg('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, class: 'sc-graph__svg', role: 'img', 'aria-label': `Stage graph: ${graph.stages.length} stage${graph.stages.length === 1 ? '' : 's'}, described in the list that follows.` });
  const defs = svg('defs', {});
  for (const kind of ['from', 'copy']) {
    const marker = svg('marker', { id: `sc-arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `sc-graph__arrow sc-graph__arrow--${kind}` }));
    defs.append(marker);
  }
  root.append(defs);
  for (const e of layout.edges) {
    root.append(svg('path', { d: e.d, class: `sc-graph__edge sc-graph__edge--${e.kind}`, 'marker-end': `url(#sc-arrow-${e.kind})` }));
    root.append(svg('text', { x: e.labelX, y: e.labelY + 4, class: `sc-graph__edge-label sc-graph__edge-label--${e.kind}` }, e.label));
  }
  for (const b of layout.boxes) {
    const g = svg('g', { class: `sc-graph__stage${b.target ? ' sc-graph__stage--target' : ''}` });
    g.append(svg('title', {}, b.full));
    g.append(svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 6 }));
    g.append(svg('text', { x: b.x + 10, y: b.y + 21, class: 'sc-graph__title' }, b.title));
    g.append(svg('text', { x: b.x + 10, y: b.y + 41, class: 'sc-graph__sub' }, b.subtitle));
    root.append(g);
  }

  const items = graph.stages.map((s) => {
    const out = graph.edges.filter((e) => e.from === s.index && e.to !== s.index);
    const copiesIn = graph.imageCopies.filter((c) => c.to === s.index);
    return h(
      'li',
      { class: graph.target === s.index ? 'sc-graph__item sc-graph__item--target' : 'sc-graph__item' },
      h('strong', {}, stageLabel(s)),
      graph.target === s.index ? h('span', { class: 'sc-graph__badge' }, ' (the image docker build produces)') : null,
      ': FROM ',
      h('code', {}, s.base),
      ' (',
      lineButton(s.line, opts.onLine),
      `), ${sizeText(s, graph)}${s.rootImage && s.fromStage === null && s.rootImage !== s.base ? ` (catalog: ${s.rootImage})` : ''}.`,
      ...out.map((e) => {
        const to = graph.stages[e.to];
        const what = e.kind === 'from' ? ' Base of ' : ` Files copied (${e.sources.join(', ') || '…'}) into `;
        return h('span', { class: 'sc-graph__rel' }, what, to ? stageLabel(to) : '?', ' (', lineButton(e.line, opts.onLine), ').');
      }),
      ...copiesIn.map((c) => h('span', { class: 'sc-graph__rel' }, ' Copies files from image ', h('code', {}, c.ref), ' (', lineButton(c.line, opts.onLine), ').')),
    );
  });
  el.replaceChildren(
    root,
    h('ul', { class: 'sc-graph__list' }, ...items),
    h('p', { class: 'sc-graph__note' }, 'Sizes are the base images’ sizes from the course’s image catalog; what your own instructions add is not counted.'),
  );
}
