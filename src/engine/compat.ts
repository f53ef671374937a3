// Lets dockerfile-ast run in browsers and Web Workers: its Util.isUTF8BOM (lib/util.js, 0.7.1)
// calls Node's Buffer.from(char, 'UTF-8') on every parse, and browsers have no Buffer. That is
// its only use, so a UTF-8 encoder stands in. Imported for its side effect by parse.ts.

const g = globalThis as { Buffer?: unknown };
if (g.Buffer === undefined) {
  g.Buffer = { from: (s: string) => new TextEncoder().encode(s) };
}

export {};
