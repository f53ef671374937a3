// A tiny element builder for the islands. Learner text is data, never HTML: strings always become
// text nodes and attributes are set one by one, so nothing here can inject markup.

type Child = Node | string | null | undefined | false;

/** Create `<tag>` with attributes (`class`, `aria-*`, `data-*`, …) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A button that reveals Dockerfile line `line` through `onLine` (an accessible "line N" link-like button). */
export function lineButton(line: number, onLine: ((line: number) => void) | undefined, label = `line ${line}`): HTMLElement {
  if (!onLine) return h('span', { class: 'sc-line' }, label);
  const b = h('button', { type: 'button', class: 'sc-line', 'aria-label': `Show ${label} in the editor` }, label);
  b.addEventListener('click', () => onLine(line));
  return b;
}
