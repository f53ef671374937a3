// The shipped image is a build image (golang, rust, maven, a JDK, full node/python) that also
// compiles the artifact: compilers and sources ship with it.

import { defineRule } from './define.ts';
import { compileRuns } from './lib/stages.ts';

const RUNTIME_HINT: Record<string, string> = {
  go: 'gcr.io/distroless/static-debian13 (with CGO_ENABLED=0) or scratch',
  rust: 'gcr.io/distroless/cc-debian13',
  java: 'eclipse-temurin:21-jre or gcr.io/distroless/java21-debian13',
  node: 'node:22-slim or gcr.io/distroless/nodejs22-debian13',
  python: 'python:3.13-slim or gcr.io/distroless/python3-debian13',
};

/** Only the target's own FROM image counts: a target built FROM a builder stage is final-stage-from-builder. */
export default defineRule({
  id: 'toolchain-in-final-stage',
  severity: 'warning',
  title: 'Toolchain shipped in the final image',
  description: 'The final stage builds the artifact on a build image (golang, rust, maven, JDK, full node/python), so compilers, SDK and sources ship in the image: hundreds of MB more to pull and more packages with CVEs.',
  category: 'multi-stage',
  equivalent: { hadolint: null, buildkit: null },
  check({ target, report }) {
    if (!target || target.base.kind !== 'image' || !target.rootImage || target.rootImage.role !== 'build') return;
    const builds = compileRuns(target);
    if (!builds.length) return;
    const img = target.rootImage;
    const lang = img.runtime?.language;
    const size = img.size.compressedMB ? ` (about ${img.size.compressedMB} MB compressed)` : '';
    report(
      target.baseRange,
      `${target.baseRef} is a build image${size}: its compilers and SDK, and the sources built on line ${builds[0].instruction.range.line}, all ship in the final image. Build in a stage (FROM ${target.baseRef} AS build), then start a small runtime stage${lang && RUNTIME_HINT[lang] ? ` such as ${RUNTIME_HINT[lang]}` : ''} and COPY --from=build only the artifact.`,
    );
  },
});
