// Goal kind `maven-jar`: a COPY --from that takes a jar out of a Maven build's target/ names the
// jar Maven really writes: target/<finalName>.jar, by default <artifactId>-<version>.jar from the
// build context's pom.xml. `COPY --from=build /app/target/app.jar .` fails the build
// ("/app/target/app.jar": not found) when the pom builds calculator-1.0.0.jar.
// Source: Maven POM reference (build.finalName defaults to ${artifactId}-${version}),
// maven.apache.org/pom.html#BaseBuild_Element.

import { z } from 'zod';
import { resolvePath } from '../../expand.ts';
import { defineGoal, fail, pass } from '../define.ts';
import { chainOf } from '../trace.ts';

const params = z.strictObject({
  /** The pom in the build context. */
  pom: z.string().default('pom.xml'),
});

const tag = (xml: string, name: string) => new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(xml)?.[1] ?? null;

/** The jar file name `mvn package` writes for this pom, or null when the pom does not say. */
export function jarName(pom: string): string | null {
  const noComments = pom.replace(/<!--[\s\S]*?-->/g, '');
  const finalName = tag(noComments, 'finalName');
  // The project's own coordinates: outside <parent>, <dependencies>, <build> and <profiles>.
  const own = noComments.replace(/<(parent|dependencies|dependencyManagement|build|profiles|reporting)>[\s\S]*?<\/\1>/g, '');
  const artifactId = tag(own, 'artifactId');
  const version = tag(own, 'version') ?? tag(/<parent>[\s\S]*?<\/parent>/.exec(noComments)?.[0] ?? '', 'version');
  if (finalName && !finalName.includes('${')) return `${finalName}.jar`;
  if (!artifactId || !version || version.includes('${')) return null;
  return `${artifactId}-${version}.jar`;
}

const globRe = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);

export default defineGoal({
  kind: 'maven-jar',
  description: 'A COPY --from of a jar from a Maven build\'s target/ names the jar that pom.xml makes (<artifactId>-<version>.jar or finalName).',
  params,
  check(ctx, p) {
    if (!ctx.final) return fail('The Dockerfile has no FROM, so there is no image.');
    const pom = ctx.context[p.pom];
    const jar = pom ? jarName(pom) : null;
    if (!jar) return pass(`Stagecraft cannot tell the jar name from ${p.pom}; not checked.`);
    let seen: number | undefined;
    for (const s of ctx.chain)
      for (const c of s.copies) {
        if (c.source.kind !== 'stage') continue;
        const from = ctx.model.stages[c.source.stage];
        // Where Maven wrote target/ in the source stage (resolved against the RUN's WORKDIR).
        const targets = chainOf(ctx.model, from).flatMap((st) => st.files.filter((f) => f.kind === 'run' && /\/target$/.test(f.path) && st.runs.some((r) => r.instruction.range.line === f.line && /\bmvnw?\b/.test(r.instruction.argsText))).map((f) => f.path));
        if (!targets.length) continue;
        const line = c.instruction.range.line;
        for (const src of c.sources) {
          const abs = resolvePath('/', src);
          const dir = targets.find((t) => abs === t || abs.startsWith(`${t}/`));
          if (!dir || abs === dir) continue;
          const rel = abs.slice(dir.length + 1);
          if (rel.includes('/') || !/\.jar$|[*?]/.test(rel)) continue;
          seen = line;
          const ok = /[*?[]/.test(rel) ? globRe(rel).test(jar) : rel === jar;
          if (!ok) return fail(`Line ${line} copies ${src}, but ${p.pom} makes ${dir}/${jar}${/[*?]/.test(rel) ? `, which "${rel}" does not match` : ''}: the COPY fails ("${abs}": not found). Copy ${dir}/${jar} (or ${dir}/*.jar).`, line);
        }
      }
    return pass(seen ? `The COPY on line ${seen} takes ${jar}, the jar Maven builds.` : `No COPY names a jar inside a Maven target/ directory by a wrong name (${p.pom} makes ${jar}).`, seen);
  },
});
