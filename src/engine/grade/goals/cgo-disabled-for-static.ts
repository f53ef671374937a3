// Goal kind `cgo-disabled-for-static`: a Go binary shipped in an image without a C library
// (scratch, distroless static) is built with cgo off (CGO_ENABLED=0, or a golang:*-alpine builder
// with no C compiler) or linked statically; a cgo binary needs the libc it was built against.
// Source: ERRATA.md §6; `go help environment` (CGO_ENABLED); cmd/go: cgo defaults to off when no
// C compiler is found (Go 1.20+).

import { z } from 'zod';
import { defineGoal, fail, pass } from '../define.ts';
import { chainOf } from '../trace.ts';
import { stageLabel } from '../context.ts';
import { stageTools } from '../commands.ts';

const params = z.strictObject({});

export default defineGoal({
  kind: 'cgo-disabled-for-static',
  description: 'A Go binary in a final image without libc (scratch, distroless static) is built with cgo off or statically linked; in a glibc image, not built against musl with cgo.',
  params,
  check(ctx) {
    const final = ctx.final;
    if (!final) return fail('The Dockerfile has no FROM, so there is no image.');
    const root = chainOf(ctx.model, final).at(-1)!;
    const libc = root.base.kind === 'scratch' ? 'none' : final.rootImage?.libc ?? null;
    const builds = ctx.goBuilds();
    // The build whose output the command runs, else every build in a stage the image needs.
    const run = ctx.run();
    const exe = run.argv?.[0];
    let relevant = builds;
    if (exe) {
      const t = ctx.trace(exe.startsWith('/') ? exe : `${final.config.workdir}/${exe}`);
      if (t?.origin.kind === 'run') {
        const o = t.origin;
        const hit = builds.filter((b) => b.stage.index === o.stage && b.line === o.line);
        if (hit.length) relevant = hit;
      }
    }
    relevant = relevant.filter((b) => ctx.reachable.includes(b.stage));
    if (!relevant.length) return fail('No `go build` in a stage the final image copies from: compile the program in a builder stage.');
    const where = root.base.kind === 'scratch' ? 'scratch' : root.baseRef;
    for (const b of relevant) {
      if (libc === 'none' && b.cgo === 'on' && !b.staticLink)
        return fail(`The final image (${where}) has no C library, but the go build on line ${b.line} runs with cgo on (${b.cgoWhy}). A program that uses net or os/user then needs glibc and fails with "no such file or directory". Set CGO_ENABLED=0 for that build (ENV CGO_ENABLED=0 in stage ${stageLabel(b.stage)}, or RUN CGO_ENABLED=0 go build …), or build on golang:*-alpine.`, b.line);
      const builderLibc = chainOf(ctx.model, b.stage).at(-1)?.rootImage?.libc;
      if (libc === 'glibc' && b.cgo === 'on' && builderLibc === 'musl' && !b.staticLink && stageTools(ctx.model, b.stage).has('gcc'))
        return fail(`The go build on line ${b.line} links with cgo against musl (Alpine), but the final image ${where} has glibc: the binary's musl loader is missing. Set CGO_ENABLED=0.`, b.line);
    }
    const b = relevant[0];
    if (libc === 'none')
      return pass(b.cgo === 'off' ? `The binary is built with cgo off (${b.cgoWhy}), so it needs no C library.` : `The binary is linked statically (-extldflags -static), so it needs no C library.`, b.line);
    return pass(`The final image ${where} has ${libc ?? 'an unknown'} libc; the build (${b.cgoWhy}) can run there.`, b.line);
  },
});
