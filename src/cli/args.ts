// The option loop the subcommands share: `--name value` and `--name=value`, `--` ending options.

import { UsageError } from './io.ts';

export interface Arg {
  /** The word as written. */
  arg: string;
  /** The option name (`--format` for `--format=json`), or the word itself. */
  name: string;
  /** The option's value: after `=`, else the next word (consumed). */
  value(): string;
  /** Everything after this word (consumed): for `--`. */
  rest(): string[];
}

/** Walk `argv` one word at a time; `value()`/`rest()` consume what follows. */
export function* walkArgs(argv: string[], usage: string): Generator<Arg> {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    yield {
      arg,
      name,
      value() {
        if (eq > 0) return arg.slice(eq + 1);
        if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value (${usage})`);
        return argv[++i];
      },
      rest() {
        const r = argv.slice(i + 1);
        i = argv.length;
        return r;
      },
    };
  }
}
