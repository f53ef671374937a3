// Goal kind `target-stage`: a named stage exists for `docker build --target NAME`, has the
// listed tools, runs the expected command (e.g. the test suite) in its chain, and, by default,
// is not the last stage (so a plain `docker build` produces the production image instead).

import { z } from 'zod';
import { findStage } from '../../model.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { runScript, stageTools } from '../commands.ts';
import { chainOf } from '../trace.ts';
import { varAt } from '../go-build.ts';
import { contextHas } from './builds.ts';
import type { DockerfileModel, Stage } from '../../types.ts';

const params = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-_.]*$/),
  tools: z.array(z.string()).default([]).describe('tools the stage needs, e.g. ["go"]'),
  runs: z.string().optional().describe('regular expression a RUN in the stage chain must match, e.g. "\\\\bgo test\\\\b"'),
  notLast: z.boolean().default(true),
  files: z.array(z.string()).default([]).describe('build-context files the stage must hold when that RUN runs (e.g. the test files)'),
});

/** Whether build-context file `f` is in the image of `s` before `line` (COPY, or COPY --from a stage that has it). */
function holdsContextFile(model: DockerfileModel, s: Stage, f: string, line: number, depth = 0): boolean {
  if (depth > 8) return false;
  for (const st of chainOf(model, s))
    for (const c of st.copies) {
      if (c.instruction.range.line >= line) continue;
      if (c.source.kind === 'context' && c.sources.some((src) => contextHas([f], src))) return true;
      if (c.source.kind === 'stage') {
        const from = model.stages[c.source.stage];
        if (from && holdsContextFile(model, from, f, Infinity, depth + 1)) return true;
      }
    }
  return false;
}

/** A bind mount of the build context (type=bind is the default; no from=) on a RUN: the files are there without COPY. */
const bindsContext = (mounts: string[]) => mounts.some((m) => (/(^|,)type=bind(,|$)/.test(m) || !/(^|,)type=/.test(m)) && !/(^|,)from=/.test(m));

export default defineGoal({
  kind: 'target-stage',
  description: 'A stage named X exists, has the listed toolchain, runs the given command in a RUN, and is not the default (last) stage.',
  params,
  check(ctx, p) {
    const s = findStage(ctx.model.stages, p.name);
    if (!s) return fail(`There is no stage named "${p.name}", so docker build --target ${p.name} fails ("target stage ${p.name} could not be found"). Add FROM … AS ${p.name}.`);
    const line = s.from.range.line;
    if (p.notLast && s === ctx.model.stages[ctx.model.stages.length - 1])
      return fail(`Stage "${p.name}" is the last stage, so a plain docker build produces it instead of the production image. Put the production stage last.`, line);
    const tools = stageTools(ctx.model, s);
    const missing = p.tools.filter((t) => !tools.has(t));
    if (missing.length) return fail(`Stage "${p.name}" (built on ${chainOf(ctx.model, s).at(-1)!.baseRef}) has no ${missing.join(', ')}, so it cannot run the tests.`, line);
    if (p.runs) {
      const re = new RegExp(p.runs);
      const hit = chainOf(ctx.model, s).flatMap((x) => x.runs).find((r) => re.test(runScript(r)));
      if (!hit) return fail(`Stage "${p.name}" never runs a command matching /${p.runs}/, so building it with --target ${p.name} checks nothing.`, line);
      const at = hit.instruction.range.line;
      // `go test -race` needs cgo ("go: -race requires cgo; enable cgo by setting CGO_ENABLED=1"):
      // it fails where cgo is off (CGO_ENABLED=0, or no C compiler as on golang:*-alpine).
      // Source: cmd/go/internal/work/init.go (instrumentInit: "-race requires cgo").
      const script = runScript(hit);
      if (/\bgo\s+test\b[^;&|\n]*\s-race\b/.test(script)) {
        const owner = chainOf(ctx.model, s).find((x) => x.runs.includes(hit))!;
        const inline = /\bCGO_ENABLED=(\w*)[^;&|\n]*\bgo\s+test\b/.exec(script)?.[1];
        const cgo = inline ?? varAt(ctx.model, owner, at, 'CGO_ENABLED');
        if (cgo === '0' || (cgo === undefined && !stageTools(ctx.model, owner).has('gcc')))
          return fail(`Line ${at} runs go test -race, but cgo is off there (${cgo === '0' ? 'CGO_ENABLED=0' : `${chainOf(ctx.model, owner).at(-1)!.baseRef} has no C compiler`}), and the race detector needs it: the build fails with "go: -race requires cgo; enable cgo by setting CGO_ENABLED=1". Drop -race, or test on golang:<version> (Debian, with gcc) with cgo on.`, at);
      }
      const missingFiles = p.files.filter((f) => !bindsContext(hit.mounts) && !holdsContextFile(ctx.model, s, f, at));
      if (missingFiles.length)
        return fail(`Line ${at} runs in stage "${p.name}", but ${missingFiles.join(', ')} ${missingFiles.length > 1 ? 'are' : 'is'} not there: no COPY before it brings ${missingFiles.length > 1 ? 'them' : 'it'} in${missingFiles.some((f) => /_test\.go$/.test(f)) ? ', and without its _test.go files go test prints "no test files" and succeeds, testing nothing' : ''}. Copy ${missingFiles.length > 1 ? 'them' : 'it'} into the stage before that RUN (COPY . . copies everything).`, at);
    }
    return pass(`docker build --target ${p.name} builds stage "${p.name}"${p.runs ? ', which runs the tests' : ''}.`, line);
  },
});
