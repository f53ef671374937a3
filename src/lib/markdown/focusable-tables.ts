// Markdown tables scroll sideways inside their own box on narrow screens (Starlight styles them
// `display: block; overflow: auto`); a scrolling box must be reachable by keyboard (WCAG 2.1.1, axe
// rule scrollable-region-focusable), so every table rendered from Markdown/MDX gets tabindex="0".
// A hast plugin for Sätteri, Astro 7's default Markdown processor (node_modules/satteri/README.md).

/** The slice of Sätteri's hast visitor context this plugin uses. */
interface VisitorContext {
  setProperty(node: unknown, key: string, value: unknown): void;
}

/** Sätteri hast plugin: add tabindex="0" to every <table> that has none. */
export const focusableTables = {
  name: 'stagecraft-focusable-tables',
  element: {
    filter: ['table'],
    visit(node: { properties?: Record<string, unknown> }, ctx: VisitorContext) {
      if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};
