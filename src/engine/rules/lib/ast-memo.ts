// Makes dockerfile-utils' validate() cheap enough to run on every check (the `syntax` rule):
// it re-parses the text the engine has just parsed and recomputes each instruction's argument
// list many times (Instruction.getRawArguments is uncached: about half of validate()'s time).
// While `withAstMemo` runs, two caches are in place, both invisible to callers: a parse of the
// same text returns the tree already built, and each instruction computes its raw argument list
// once (callers get a fresh copy: ModifiableInstruction.getArguments shift()s flags off it).
// Outside it, dockerfile-ast behaves exactly as shipped (the site's editor and benchmarks see
// the stock library).

import { DockerfileParser, From, Instruction } from 'dockerfile-ast';

type Parse = typeof DockerfileParser.parse;
type RawArgs = () => unknown[];

const parser = DockerfileParser as unknown as { parse: Parse };
const proto = Instruction.prototype as unknown as { getRawArguments: RawArgs };
const stockParse = parser.parse;
const stockRaw = proto.getRawArguments;

let depth = 0;
let lastText: string | null = null;
let lastAst: ReturnType<Parse> | null = null;
let argCache = new WeakMap<object, unknown[]>();

const memoParse = ((text: string) => {
  if (text !== lastText || !lastAst) {
    lastAst = stockParse.call(DockerfileParser, text);
    lastText = text;
  }
  return lastAst;
}) as Parse;

function memoRaw(this: object): unknown[] {
  let args = argCache.get(this);
  if (!args) {
    args = stockRaw.call(this);
    argCache.set(this, args);
  }
  return args.slice();
}

/** Run `fn` with the parse and argument caches installed (re-entrant; always restored). */
export function withAstMemo<T>(fn: () => T): T {
  if (depth++ === 0) {
    parser.parse = memoParse;
    proto.getRawArguments = memoRaw;
  }
  try {
    return fn();
  } finally {
    if (--depth === 0) {
      parser.parse = stockParse;
      proto.getRawArguments = stockRaw;
      lastText = null;
      lastAst = null;
      argCache = new WeakMap();
    }
  }
}

type AstInstruction = ReturnType<ReturnType<Parse>['getInstructions']>[number];

/**
 * dockerfile-utils' `validate(text)` run on the tree already built for `text`, with the
 * instructions after the first FROM that `skip` selects hidden from it. Used to leave out
 * instructions that cannot yield an Error-level problem (see the syntax rule), which are most of
 * a Dockerfile's text; a test checks that the Error-level problems are the same as a full run.
 */
export function validateSkipping<T>(text: string, skip: (ins: AstInstruction) => boolean, validate: (text: string) => T): T {
  return withAstMemo(() => {
    const ast = memoParse(text);
    const all = ast.getInstructions();
    const first = all.findIndex((i) => i instanceof From);
    const kept = first < 0 ? all : all.filter((ins, k) => k <= first || !skip(ins));
    const view = Object.create(ast, { getInstructions: { value: () => kept } }) as ReturnType<Parse>;
    parser.parse = ((t: string) => (t === text ? view : memoParse(t))) as Parse;
    try {
      return validate(text);
    } finally {
      parser.parse = memoParse;
    }
  });
}
