// The syntax rule's screens (rules/lib/validator-input.ts): instructions they pass as certainly
// valid really get no Error from dockerfile-utils, and near misses are handed to the validator.
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/engine/index.ts';
import { certainlyValid, validatorInput } from '../../../../src/engine/rules/lib/validator-input.ts';
import { syntaxShortcutDiff } from '../../fuzz-properties.ts';

const screened = (line: string) => {
  const model = analyze(`FROM alpine:3.21\n${line}`);
  return certainlyValid(model.instructions[1], model.text.split('\n'), model.escape);
};
const errors = (line: string) => validate(`FROM alpine:3.21\n${line}`).filter((d) => d.severity === 1);

const PASS = [
  'RUN apt-get update', 'CMD ["app"]', 'COPY src/ ./src/', 'COPY --from=build --chown=app:app /out/app /usr/local/bin/', 'COPY --link a b',
  'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /opt/', 'EXPOSE 8080 53/udp',
  'LABEL org.opencontainers.image.source="https://example.com" a=b', 'ENV PATH=/opt/venv/bin:$PATH', 'ENV APP_HOME /srv/app', 'ARG VERSION=1.2',
  'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/', 'HEALTHCHECK NONE', 'STOPSIGNAL SIGTERM', 'WORKDIR /app',
  'USER 65532:65532', 'ENTRYPOINT ["/app"]', 'VOLUME ["/data"]', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'ONBUILD COPY . /app', 'FROM golang:1.26 AS build',
  'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
];
const KEPT = [
  'COPY --constructor=x a b', 'COPY --toString a b', 'COPY --from=-x a b', 'COPY a b c', 'COPY ["a", "b"]', 'COPY --link=maybe a b', 'ADD --foo a b',
  'EXPOSE 80/xyz', 'EXPOSE $PORT', 'HEALTHCHECK --interval=0s CMD true', 'HEALTHCHECK --retries=0 CMD true', 'HEALTHCHECK CMD', 'STOPSIGNAL TERM',
  'ENV A="x', "ENV A='x'", 'ENV A=${B:-x}', 'ARG X=1 Y=2', 'ONBUILD FROM x', 'ONBUILD MAINTAINER me', 'SHELL /bin/sh', 'FROM alpine:', 'FROM $BASE',
  'FOO bar', 'ENTRYPOINT []', 'USER',
];

describe('validator screens', () => {
  it.each(PASS)('passes %s, which the validator finds no error in', (line) => {
    expect(errors(line)).toEqual([]);
    expect(screened(line)).toBe(true);
  });

  it.each(KEPT)('hands %s to the validator', (line) => {
    expect(screened(line)).toBe(false);
    expect(syntaxShortcutDiff(`FROM alpine:3.21\n${line}`)).toBeNull();
  });

  it('keeps everything before the first FROM and maps lines back', () => {
    const model = analyze(['# syntax=docker/dockerfile:1', 'ARG BASE=alpine', 'FROM $BASE', 'RUN x', 'EXPOSE abc', 'COPY a b'].join('\n'));
    const input = validatorInput(model)!;
    expect(input.lineOf).toEqual([0, 1, 2, 4]);
    expect(input.text.split('\n')[3]).toBe('EXPOSE abc');
  });
});
