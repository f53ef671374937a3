// Renders a grade report into the "Results" region: each goal a list item whose state is in its text
// ("Passed: …" / "Not yet: …"), with the goal's reason and a button to the line it points at.

import type { GradeReport } from '../engine/grade/index.ts';
import { h, lineButton } from './dom.ts';

/** Props of renderResults(). */
export interface ResultsOptions {
  /** Reveal a Dockerfile line in the editor. */
  onLine?: (line: number) => void;
}

/** Replace `el`'s content with the report's summary and one list item per goal. */
export function renderResults(el: HTMLElement, report: GradeReport, opts: ResultsOptions = {}) {
  const passed = report.goals.filter((g) => g.passed).length;
  const summary = report.passed
    ? h('p', { class: 'sc-results__summary sc-results__summary--pass' }, `All ${report.goals.length} goals pass. Well done!`)
    : h('p', { class: 'sc-results__summary' }, `${passed} of ${report.goals.length} goals pass.`);
  const list = h(
    'ul',
    { class: 'sc-results__list' },
    ...report.goals.map((g) =>
      h(
        'li',
        { class: `sc-goal sc-goal--${g.passed ? 'pass' : 'fail'}`, 'data-goal': g.id },
        h('span', { class: 'sc-goal__icon', 'aria-hidden': 'true' }, g.passed ? '✓' : '✗'),
        h('span', { class: 'sc-goal__state' }, g.passed ? 'Passed: ' : 'Not yet: '),
        h('span', { class: 'sc-goal__title' }, g.title),
        g.message ? h('span', { class: 'sc-goal__reason' }, g.message, g.line ? ' ' : null, g.line ? lineButton(g.line, opts.onLine) : null) : null,
      ),
    ),
  );
  el.replaceChildren(summary, list);
}

/** Show a message instead of results (e.g. the checker timed out). */
export function renderResultsMessage(el: HTMLElement, message: string) {
  el.replaceChildren(h('p', { class: 'sc-results__summary sc-results__summary--error' }, message));
}
