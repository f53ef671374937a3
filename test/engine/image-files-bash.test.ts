// Alpine and BusyBox have BusyBox ash and no bash: `bash -c` there cannot start, unless a RUN installs it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/model.ts';
import { simulate } from '../../src/engine/simulate.ts';

const codes = (text: string) => simulate(analyze(text), { args: [] }).problems.map((p) => p.code);

describe('bash on BusyBox-based images', () => {
  it('alpine has no bash', () => {
    expect(codes('FROM alpine:3.22\nENTRYPOINT ["bash", "-c", "echo hi"]').length).toBeGreaterThan(0);
    expect(codes('FROM busybox:1.37\nCMD ["/bin/bash", "-c", "echo hi"]').length).toBeGreaterThan(0);
  });

  it('is fine after apk add bash, and on Debian', () => {
    expect(codes('FROM alpine:3.22\nRUN apk add --no-cache bash\nENTRYPOINT ["bash", "-c", "echo hi"]')).toEqual([]);
    expect(codes('FROM debian:bookworm-slim\nENTRYPOINT ["bash", "-c", "echo hi"]')).toEqual([]);
  });
});
