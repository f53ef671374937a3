// dockerfile-ast 0.7.1 (lib/util.js, Util.isUTF8BOM) calls Node's Buffer.from(char, 'UTF-8') on every
// parse; browsers and workers have no Buffer. Its only use there is reading UTF-8 bytes, which
// TextEncoder gives. Imported first by the worker so the engine finds it (same shim as InteractionTable).
const g = globalThis as { Buffer?: unknown };
if (g.Buffer === undefined) g.Buffer = { from: (s: string) => new TextEncoder().encode(s) };
export {};
