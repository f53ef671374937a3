// Makes dockerfile-utils' validate() cheaper inside check() (the `syntax` rule): dockerfile-ast
// recomputes an instruction's argument list on every call (Instruction.getRawArguments is
// uncached), and the validator asks for it many times per instruction. While `withAstMemo` runs,
// each instruction computes its raw argument list once (callers get a fresh copy:
// ModifiableInstruction.getArguments shift()s flags off it). Outside it, dockerfile-ast behaves
// exactly as shipped (the site's editor and benchmarks see the stock library).

import { Instruction } from 'dockerfile-ast';

type RawArgs = () => unknown[];

const proto = Instruction.prototype as unknown as { getRawArguments: RawArgs };
const stockRaw = proto.getRawArguments;

let depth = 0;
let argCache = new WeakMap<object, unknown[]>();

function memoRaw(this: object): unknown[] {
  let args = argCache.get(this);
  if (!args) {
    args = stockRaw.call(this);
    argCache.set(this, args);
  }
  return args.slice();
}

/** Run `fn` with the argument cache installed (re-entrant; always restored). */
export function withAstMemo<T>(fn: () => T): T {
  if (depth++ === 0) proto.getRawArguments = memoRaw;
  try {
    return fn();
  } finally {
    if (--depth === 0) {
      proto.getRawArguments = stockRaw;
      argCache = new WeakMap();
    }
  }
}
