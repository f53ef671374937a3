// `stagecraft check`: lint Dockerfiles with every rule; text (compiler style), JSON or SARIF.

import { readFileSync } from 'node:fs';
import { analyze, targetStage } from '../engine/index.ts';
import { check } from '../engine/rules/index.ts';
import { readDockerfile, UsageError } from './io.ts';
import { walkArgs } from './args.ts';
import { formatJson, formatText, type FileFindings } from './findings-text.ts';
import { formatSarif } from './sarif.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  files: string[];
  format: Format;
  target?: string;
}

const USAGE = 'usage: stagecraft check <Dockerfile|->... [--format text|json|sarif] [--target STAGE]';

/** Parse `check`'s arguments (`--format json` and `--format=json` both work). */
export function parseCheckArgs(argv: string[]): CheckArgs {
  const files: string[] = [];
  let format: Format = 'text';
  let target: string | undefined;
  for (const { arg: a, name, value, rest } of walkArgs(argv, USAGE)) {
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}": use text, json or sarif`);
      format = v as Format;
    } else if (name === '--target') target = value();
    else if (a === '--') files.push(...rest());
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (${USAGE})`);
    else files.push(a);
  }
  if (!files.length) throw new UsageError(`which Dockerfile? ${USAGE}`);
  return { files, format, target };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Run `stagecraft check`; exit 1 when any finding is an error, 2 on usage or input errors. */
export default function checkCommand(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n  Exit 1 if any finding is an error, 0 otherwise, 2 for usage errors or unreadable files.\n  Rules: /rules/<id>/ on the course site.\n`);
    return 0;
  }
  const opts = parseCheckArgs(argv);
  // Read everything first: an unreadable file is a usage error, reported before any output.
  const texts = opts.files.map((f) => readDockerfile(f));
  const results: FileFindings[] = texts.map((text, i) => {
    const model = analyze(text);
    if (opts.target !== undefined && model.stages.length && !targetStage(model, opts.target)) {
      throw new UsageError(`${opts.files[i]}: no stage "${opts.target}" (stages: ${model.stages.map((s) => s.nameAsWritten ?? s.index).join(', ') || 'none'})`);
    }
    return { file: opts.files[i], findings: check(model, { target: opts.target }) };
  });
  if (opts.format === 'json') process.stdout.write(formatJson(results));
  else if (opts.format === 'sarif') process.stdout.write(formatSarif(results, packageVersion()));
  else {
    const { out, summary } = formatText(results);
    process.stdout.write(out);
    process.stderr.write(summary + '\n');
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
