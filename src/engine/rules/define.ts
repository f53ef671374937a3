// The rule contract: declarative metadata plus one check function over the engine's model
// (ESLint-style). Rules look at what ends up in the target image, not only at syntax.

import type { DockerfileModel, Range, RunResult, Stage } from '../types.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical fix: replace each range with its text. */
export interface Fix {
  title: string;
  edits: { range: Range; text: string }[];
}

/** One problem found in a Dockerfile (ranges are 1-based; endColumn exclusive). */
export interface Finding extends Range {
  rule: string;
  severity: Severity;
  message: string;
  fix?: Fix;
}

export interface RuleMeta {
  /** Stable public id (kebab-case): used in JSON/SARIF output, editor markers and /rules/<id>/. */
  id: string;
  severity: Severity;
  title: string;
  /** One sentence: what goes wrong at build or run time. */
  description: string;
  category: 'multi-stage' | 'runtime' | 'entrypoint-cmd' | 'hygiene' | 'syntax';
  /** The closest hadolint code and BuildKit check name, so the lesson carries over. */
  equivalent: { hadolint: string | null; buildkit: string | null };
}

export interface RuleContext {
  model: DockerfileModel;
  /** The stage that is built (`--target`, default the last one); undefined when there is none. */
  target: Stage | undefined;
  /** Stages BuildKit builds for the target: its FROM chain and COPY --from sources, transitively. */
  reachable: Stage[];
  /** The target and its FROM ancestors: their instructions shape the shipped image. */
  finalChain: Stage[];
  /** `docker run IMAGE` with no arguments, simulated. */
  run: RunResult;
  /** Report a finding at `range` (severity defaults to the rule's). */
  report(range: Range, message: string, extra?: { severity?: Severity; fix?: Fix }): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

/** Declare a rule (identity function that keeps the types honest). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
