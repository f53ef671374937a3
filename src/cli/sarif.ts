// SARIF 2.1.0 output for `stagecraft check --format sarif` (GitHub code scanning).
// Spec: OASIS SARIF 2.1.0; GitHub: "SARIF support for code scanning" (tool.driver.rules with
// id/shortDescription/helpUri/defaultConfiguration, results with ruleId/level/message and a
// physicalLocation whose region is 1-based).

import { RULES, type Rule, type Severity } from '../engine/rules/index.ts';
import type { FileFindings } from './findings-text.ts';

/** Where the rule pages live (astro.config.mjs `site`). */
export const SITE = 'https://stagecraft.example.org';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A repository-relative, forward-slash URI for a Dockerfile path (`-` is standard input). */
export function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  const p = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return encodeURI(p).replace(/[?#]/g, encodeURIComponent);
}

function ruleDescriptor(rule: Rule) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: `${SITE}/rules/${rule.id}/`,
    help: { text: `${rule.description} See ${SITE}/rules/${rule.id}/` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [rule.category],
      ...(rule.equivalent.hadolint ? { hadolint: rule.equivalent.hadolint } : {}),
      ...(rule.equivalent.buildkit ? { buildkit: rule.equivalent.buildkit } : {}),
    },
  };
}

/** One SARIF log with one run holding every file's results. */
export function formatSarif(results: FileFindings[], version: string): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'stagecraft', version, informationUri: SITE, rules: RULES.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(r.file) },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: f.fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: artifactUri(r.file) },
                          replacements: f.fix.edits.map((e) => ({
                            deletedRegion: { startLine: e.range.line, startColumn: e.range.column, endLine: e.range.endLine, endColumn: e.range.endColumn },
                            insertedContent: { text: e.text },
                          })),
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
