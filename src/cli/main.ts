// The `stagecraft` command line: dispatches to one module per subcommand. Exit codes: 0 ok,
// 1 findings/failed goals, 2 usage or input errors (one line on stderr, never a stack trace).

import { UsageError } from './io.ts';

export const USAGE = `usage:
  stagecraft resolve <Dockerfile|-> [--target STAGE] [--entrypoint STRING] [--json] [-- ARGS...]
  stagecraft check <Dockerfile|->... [--format text|json|sarif]
  stagecraft grade --exercise ID <Dockerfile|->... [--format text|json|junit|csv]
  stagecraft exercises`;

type Command = (argv: string[]) => Promise<number> | number;

const COMMANDS: Record<string, () => Promise<Command>> = {
  resolve: async () => (await import('./resolve.ts')).default,
  check: async () => (await import('./check.ts')).default,
  grade: async () => (await import('./grade.ts')).default,
  exercises: async () => (await import('./exercises.ts')).default,
};

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`stagecraft: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`stagecraft ${name}: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`stagecraft ${name}: internal error: ${(e as Error).message} (please report this)\n`);
    return 2;
  }
}
