// Goal kind `node-production-deps`: the node_modules the final image's script resolves come from
// an `npm ci` in a builder stage that left the devDependencies out (--omit=dev, NODE_ENV=production,
// or a later `npm prune --omit=dev`), copied in with COPY --from.
// Sources: docs.npmjs.com/cli/v10/commands/npm-ci (omit: "Default: 'dev' if the NODE_ENV
// environment variable is set to 'production'"; --production and --only=prod are deprecated
// aliases of --omit=dev); Node's module resolution (node_modules in the script's directory and
// its parents: nodejs.org/api/modules.html#loading-from-node_modules-folders).

import { z } from 'zod';
import type { Stage } from '../../types.ts';
import { resolvePath } from '../../expand.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { effectiveArgvs } from '../argv-match.ts';
import { splitAssignments, stageCommands, type RunCommand } from '../commands.ts';
import { stageLabel, type GoalContext } from '../context.ts';
import { chainOf } from '../trace.ts';
import { contextHas } from './builds.ts';
import { afterInit } from './runs.ts';

const params = z.strictObject({
  /** Require `npm ci` (installs exactly package-lock.json) rather than `npm install`. */
  ci: z.boolean().default(true),
  /** Require the install to run in a builder stage, not in the final image's chain. */
  builder: z.boolean().default(true),
  /** Require devDependencies to be left out. */
  omitDev: z.boolean().default(true),
});

const base = (s: string) => s.split('/').pop() ?? s;
const NODE_VALUE_OPTION = /^(-r|--require|--import|--loader|--experimental-loader|-C|--conditions|--env-file)$/;
const INSTALL = /^(ci|clean-install|install-clean|ic|install|i|add|in)$/;
const PROD_ENV = /\b(NODE_ENV(=|\s+)["']?production\b|NPM_CONFIG_OMIT(=|\s+)["']?dev\b|NPM_CONFIG_PRODUCTION(=|\s+)["']?true\b)/i;

/** The script `node` runs in the final image (absolute), or null. */
export function nodeScript(ctx: GoalContext, final: Stage): string | null {
  for (const found of effectiveArgvs(final, ctx.run())) {
    // tini/dumb-init start node as their child.
    const argv = afterInit(found) ?? found;
    if (!/^(node|nodejs)$/.test(base(argv[0] ?? ''))) continue;
    for (let i = 1; i < argv.length; i++) {
      if (NODE_VALUE_OPTION.test(argv[i])) { i++; continue; }
      if (argv[i].startsWith('-')) continue;
      return resolvePath(final.config.workdir, argv[i]);
    }
  }
  return null;
}

/** Whether the lockfile is in the stage before `line`: a COPY from the context (or from a stage that has it), or a bind mount on that RUN. */
function lockfileBefore(ctx: GoalContext, s: Stage, line: number, depth = 0): boolean {
  if (depth > 8) return false;
  const run = s.runs.find((r) => r.instruction.range.line === line);
  if (run?.mounts.some((m) => (/(^|,)type=bind(,|$)/.test(m) || !/(^|,)type=/.test(m)) && !/(^|,)from=/.test(m))) return true;
  for (const st of chainOf(ctx.model, s))
    for (const c of st.copies) {
      if (c.instruction.range.line >= line) continue;
      if (c.source.kind === 'context' && c.sources.some((src) => contextHas(['package-lock.json'], src))) return true;
      if (c.source.kind === 'stage' && ctx.model.stages[c.source.stage] && lockfileBefore(ctx, ctx.model.stages[c.source.stage], Infinity, depth + 1)) return true;
    }
  return false;
}

/** Dependency names from the build context's package.json, for messages. */
function packageDeps(ctx: GoalContext): { deps: string[]; dev: string[] } {
  try {
    const pkg = JSON.parse(ctx.context['package.json'] ?? '{}') as { dependencies?: object; devDependencies?: object };
    return { deps: Object.keys(pkg.dependencies ?? {}), dev: Object.keys(pkg.devDependencies ?? {}) };
  } catch {
    return { deps: [], dev: [] };
  }
}

/** Directories Node searches for node_modules from a script: its own, then each parent. */
function searchDirs(script: string): string[] {
  const parts = script.split('/').slice(1, -1);
  const out: string[] = [];
  for (let k = parts.length; k >= 0; k--) out.push('/' + parts.slice(0, k).join('/'));
  return out;
}

/** Whether an npm command (its words after env assignments) leaves devDependencies out by itself. */
function prodFlags(words: string[]): boolean | null {
  if (words.some((w) => /^--include=dev$/.test(w) || w === '--production=false')) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (/^--omit=dev$/.test(w) || (w === '--omit' && words[k + 1] === 'dev')) return true;
    if (w === '--production' || w === '--production=true' || /^--only=prod(uction)?$/.test(w)) return true;
  }
  return null;
}

/** Why the install at `cmd` leaves devDependencies out, or null when it installs them. */
function omitsDev(ctx: GoalContext, s: Stage, cmd: RunCommand, words: string[], env: Record<string, string>): string | null {
  const flags = prodFlags(words);
  if (flags === false) return null;
  if (flags) return words.find((w) => /^--(omit|production|only)/.test(w)) ?? '--omit=dev';
  const assigned = { ...cmd.exported, ...env };
  for (const [k, v] of Object.entries(assigned)) if (PROD_ENV.test(`${k}=${v}`)) return `${k}=${v}`;
  for (const st of chainOf(ctx.model, s))
    for (const i of st.instructions)
      if ((i.keyword === 'ENV' || i.keyword === 'ARG') && i.range.line < cmd.line && PROD_ENV.test(i.argsText)) return `${i.keyword} ${i.argsText.trim()}`;
  // npm ci (everything, e.g. for a build step), then npm prune --omit=dev in the same stage.
  const all = stageCommands(s);
  const at = all.findIndex((c) => c.line === cmd.line && c.words.join(' ') === cmd.words.join(' '));
  const prune = all.slice(at + 1).find((c) => c.words[0] === 'npm' && c.words[1] === 'prune' && prodFlags(c.words) === true);
  return prune ? `npm prune on line ${prune.line}` : null;
}

export default defineGoal({
  kind: 'node-production-deps',
  description: 'The node_modules the final image\'s script resolves come from `npm ci` without devDependencies in a builder stage, copied in.',
  params,
  check(ctx, p) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const script = nodeScript(ctx, final);
    if (!script) return fail('Stagecraft cannot tell which script node runs in the final image: start it as node <script> (or CMD ["<script>"] on an image whose ENTRYPOINT is node).');
    const dirs = searchDirs(script);
    let hit: { dir: string; stage: Stage; line: number; hopLine?: number } | null = null;
    for (const dir of dirs) {
      const t = ctx.trace(`${dir === '/' ? '' : dir}/node_modules`);
      if (t?.origin.kind === 'run') {
        hit = { dir, stage: ctx.model.stages[t.origin.stage], line: t.origin.line, hopLine: t.hops[0]?.line };
        break;
      }
    }
    const where = dirs[0] === '/' ? '' : dirs[0];
    const { deps, dev } = packageDeps(ctx);
    const dep = deps[0] ?? 'a-dependency';
    if (!hit) return fail(`No node_modules installed by npm reaches ${where}/node_modules (or a parent directory's), where Node looks when ${base(script)} calls require('${dep}'): it fails with "Cannot find module '${dep}'". ${p.builder ? `Copy the builder's node_modules next to the script: COPY --from=build /app/node_modules ${where}/node_modules.` : `Install them there: COPY package.json package-lock.json ./ and RUN npm ci --omit=dev in ${where || '/'} (or copy a builder's node_modules next to the script).`}`);
    const cmds = stageCommands(hit.stage).filter((c) => c.line === hit.line).map((c) => ({ c, ...splitAssignments(c.words) }));
    const npm = cmds.find((x) => base(x.rest[0] ?? '') === 'npm' && INSTALL.test(x.rest[1] ?? ''));
    const line = hit.line;
    if (!npm) return fail(`${hit.dir === '/' ? '' : hit.dir}/node_modules comes from the RUN on line ${line}, which does not run npm ci: install the dependencies with npm ci --omit=dev.`, line);
    const sub = npm.rest[1];
    if (p.builder && ctx.chain.includes(hit.stage))
      return fail(`Line ${line} runs npm ${sub} in the final stage's own chain, so npm has to be in the runtime image. Install in a builder stage and COPY --from=<builder> its node_modules.`, line);
    if (p.ci && /^(ci|clean-install|install-clean|ic)$/.test(sub) && 'package-lock.json' in ctx.context && !lockfileBefore(ctx, hit.stage, line))
      return fail(`Line ${line} runs npm ${sub} before package-lock.json is in the image: npm ci "can only install with an existing package-lock.json", so the build fails. COPY package.json package-lock.json ./ first.`, line);
    if (p.ci && !/^(ci|clean-install|install-clean|ic)$/.test(sub))
      return fail(`Line ${line} runs npm ${sub}, which may resolve newer versions than package-lock.json records. Use npm ci: it installs exactly the lockfile (and fails if package.json and the lockfile disagree).`, line);
    if (p.omitDev) {
      const why = omitsDev(ctx, hit.stage, npm.c, npm.rest, npm.env);
      if (!why) return fail(`Line ${line} runs npm ${sub} with devDependencies${dev.length ? ` (${dev.join(', ')})` : ''}, and that node_modules is what the final image gets (${hit.hopLine ? `COPY on line ${hit.hopLine}` : 'copied'}). Add --omit=dev (or set NODE_ENV=production in stage ${stageLabel(hit.stage)}).`, line);
      return pass(`node_modules in ${hit.dir} comes from npm ${sub} on line ${line} in stage ${stageLabel(hit.stage)}, without devDependencies (${why}).`, line);
    }
    return pass(`node_modules in ${hit.dir} comes from npm ${sub} on line ${line} in stage ${stageLabel(hit.stage)}.`, line);
  },
});
