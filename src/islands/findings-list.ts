// Renders the checker's findings (and model diagnostics) as a list: severity in text, the rule
// linked to its page, the line as a button that reveals it in the editor, the message as text.

import type { Finding } from '../engine/rules/index.ts';
import type { Diagnostic } from '../engine/types.ts';
import { h, lineButton } from './dom.ts';

/** Props of renderFindings(). */
export interface FindingsOptions {
  onLine?: (line: number) => void;
  /** Text when there is nothing to report. */
  empty?: string;
}

/** Replace `el`'s content with the findings, errors first. */
export function renderFindings(el: HTMLElement, findings: Finding[], diagnostics: Diagnostic[] = [], opts: FindingsOptions = {}) {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const items = [
    ...diagnostics.map((d) => ({ severity: d.severity, rule: null as string | null, line: d.range.line, message: d.message })),
    ...findings.map((f) => ({ severity: f.severity, rule: f.rule as string | null, line: f.line, message: f.message })),
  ].sort((a, b) => order[a.severity] - order[b.severity] || a.line - b.line);
  if (!items.length) {
    el.replaceChildren(h('p', { class: 'sc-findings__empty' }, opts.empty ?? 'The checker has nothing to report.'));
    return;
  }
  const counts = (['error', 'warning', 'info'] as const).map((s) => [s, items.filter((i) => i.severity === s).length] as const).filter(([, n]) => n);
  el.replaceChildren(
    h('p', { class: 'sc-findings__count' }, counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ')),
    h(
      'ul',
      { class: 'sc-findings__list' },
      ...items.map((i) =>
        h(
          'li',
          { class: `sc-fnd sc-fnd--${i.severity}` },
          h('span', { class: 'sc-fnd__sev' }, `${i.severity}: `),
          lineButton(i.line, opts.onLine),
          ' ',
          i.rule ? h('a', { class: 'sc-fnd__rule', href: `/rules/${i.rule}/` }, i.rule) : null,
          i.rule ? ' ' : null,
          h('span', { class: 'sc-fnd__msg' }, i.message),
        ),
      ),
    ),
  );
}
