// The worker and the editor's language service (which parses with dockerfile-ast too) need the
// Buffer.from stand-in before any parse: it lives with the engine, in src/engine/compat.ts.
import '../engine/compat.ts';
