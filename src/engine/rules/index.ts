// The rule registry (alphabetical) and `check`, which runs every rule over a Dockerfile.

import type { DockerfileModel, Range } from '../types.ts';
import { analyze } from '../model.ts';
import type { Finding, Rule } from './define.ts';
import { ruleContext } from './context.ts';
import { withAstMemo } from './lib/ast-memo.ts';
import { physicalLines } from './support/commands.ts';
import { skippedByDirective, skippedChecks } from './lib/check-directive.ts';
import cacheBustingCopyOrder from './cache-busting-copy-order.ts';
import copyFromIndexOutOfRange from './copy-from-index-out-of-range.ts';
import copyFromMissingPath from './copy-from-missing-path.ts';
import copyFromSelf from './copy-from-self.ts';
import copyFromTooBroad from './copy-from-too-broad.ts';
import copyFromUnknownStage from './copy-from-unknown-stage.ts';
import copyFromVariable from './copy-from-variable.ts';
import debugImageInFinalStage from './debug-image-in-final-stage.ts';
import dependenciesLeftBehind from './dependencies-left-behind.ts';
import deprecatedBaseImage from './deprecated-base-image.ts';
import deprecatedSyntax from './deprecated-syntax.ts';
import devServerInImage from './dev-server-in-image.ts';
import duplicateStageName from './duplicate-stage-name.ts';
import dynamicBinaryWithoutLibc from './dynamic-binary-without-libc.ts';
import entrypointNotFound from './entrypoint-not-found.ts';
import entrypointResetsCmd from './entrypoint-resets-cmd.ts';
import execElementWithSpaces from './exec-element-with-spaces.ts';
import execEntrypointWithShellCmd from './exec-entrypoint-with-shell-cmd.ts';
import finalStageFromBuilder from './final-stage-from-builder.ts';
import healthcheckToolMissing from './healthcheck-tool-missing.ts';
import ineffectiveCmd from './ineffective-cmd.ts';
import interpreterRepeated from './interpreter-repeated.ts';
import malformedExecForm from './malformed-exec-form.ts';
import multipleCmd from './multiple-cmd.ts';
import namedUserWithoutPasswd from './named-user-without-passwd.ts';
import noCommand from './no-command.ts';
import paddedExecArgument from './padded-exec-argument.ts';
import pipExternallyManaged from './pip-externally-managed.ts';
import preferExecForm from './prefer-exec-form.ts';
import relativeWorkdir from './relative-workdir.ts';
import runWithoutShell from './run-without-shell.ts';
import runsAsRoot from './runs-as-root.ts';
import runtimeConfigLeftInBuilder from './runtime-config-left-in-builder.ts';
import runtimeVersionMismatch from './runtime-version-mismatch.ts';
import secretInImage from './secret-in-image.ts';
import shellEntrypointIgnoresCmd from './shell-entrypoint-ignores-cmd.ts';
import shellFormWithoutShell from './shell-form-without-shell.ts';
import shellInvokedWithoutShell from './shell-invoked-without-shell.ts';
import shellSyntaxInExecForm from './shell-syntax-in-exec-form.ts';
import stageNameInvalid from './stage-name-invalid.ts';
import syntax from './syntax.ts';
import toolchainInFinalStage from './toolchain-in-final-stage.ts';
import undefinedVariable from './undefined-variable.ts';
import unpinnedBaseImage from './unpinned-base-image.ts';
import unusedStage from './unused-stage.ts';
import variableInExecForm from './variable-in-exec-form.ts';

export type { Finding, Fix, Rule, RuleMeta, Severity } from './define.ts';

/** Every rule, sorted by id. Add new rules here (a test fails when a rule lacks a page or test). */
export const RULES: Rule[] = [
  cacheBustingCopyOrder,
  copyFromIndexOutOfRange,
  copyFromMissingPath,
  copyFromSelf,
  copyFromTooBroad,
  copyFromUnknownStage,
  copyFromVariable,
  debugImageInFinalStage,
  dependenciesLeftBehind,
  deprecatedBaseImage,
  deprecatedSyntax,
  devServerInImage,
  duplicateStageName,
  dynamicBinaryWithoutLibc,
  entrypointNotFound,
  entrypointResetsCmd,
  execElementWithSpaces,
  execEntrypointWithShellCmd,
  finalStageFromBuilder,
  healthcheckToolMissing,
  ineffectiveCmd,
  interpreterRepeated,
  malformedExecForm,
  multipleCmd,
  namedUserWithoutPasswd,
  noCommand,
  paddedExecArgument,
  pipExternallyManaged,
  preferExecForm,
  relativeWorkdir,
  runWithoutShell,
  runsAsRoot,
  runtimeConfigLeftInBuilder,
  runtimeVersionMismatch,
  secretInImage,
  shellEntrypointIgnoresCmd,
  shellFormWithoutShell,
  shellInvokedWithoutShell,
  shellSyntaxInExecForm,
  stageNameInvalid,
  syntax,
  toolchainInFinalStage,
  undefinedVariable,
  unpinnedBaseImage,
  unusedStage,
  variableInExecForm,
].sort((a, b) => a.id.localeCompare(b.id));

export interface CheckOptions {
  /** The stage to build (`--target`); default the last. */
  target?: string;
  /** Only run these rule ids. */
  only?: string[];
}

/** An empty range (a zero-width position) widened to the rest of its line, so editors can show it. */
function visible(r: Range, model: DockerfileModel): Range {
  if (r.endLine > r.line || (r.endLine === r.line && r.endColumn > r.column)) return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
  const lineText = physicalLines(model)[r.line - 1] ?? '';
  return { line: r.line, column: r.column, endLine: r.line, endColumn: Math.max(r.column + 1, lineText.length + 1) };
}

/** Run every rule over `input`; findings sorted by position. Never throws. */
export function check(input: string | DockerfileModel, opts: CheckOptions = {}): Finding[] {
  // dockerfile-ast computes argument lists once per instruction while the rules run (lib/ast-memo.ts).
  return withAstMemo(() => runRules(typeof input === 'string' ? analyze(input) : input, opts));
}

function runRules(model: DockerfileModel, opts: CheckOptions): Finding[] {
  const base = ruleContext(model, opts.target);
  const findings: Finding[] = [];
  const skipped = skippedChecks(model.directives?.check);
  for (const rule of RULES) {
    if (opts.only && !opts.only.includes(rule.id)) continue;
    const quiet = skippedByDirective(rule.equivalent.buildkit, skipped);
    try {
      rule.check({
        ...base,
        report(range, message, extra) {
          // `# check=skip=…` switches off the BuildKit checks this rule repeats, but never an error.
          if (quiet && (extra?.severity ?? rule.severity) !== 'error') return;
          findings.push({ rule: rule.id, severity: extra?.severity ?? rule.severity, message, ...visible(range, model), ...(extra?.fix ? { fix: extra.fix } : {}) });
        },
      });
    } catch (e) {
      // A rule bug must never take the checker down: report it as an internal finding.
      findings.push({ rule: rule.id, severity: 'info', message: `internal error in rule ${rule.id}: ${(e as Error).message}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
