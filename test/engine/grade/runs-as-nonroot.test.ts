// Goal kind runs-as-nonroot: which users exist in the final image (base users, created ones,
// lines written into /etc/passwd, a copied /etc/passwd) and which USER wins.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import goal from '../../../src/engine/grade/goals/runs-as-nonroot.ts';

function check(dockerfile: string) {
  return goal.check(goalContext(analyze(dockerfile), {}), goal.params.parse({}));
}
const BUILD = 'FROM golang:1.26-alpine AS build\n';

describe('runs-as-nonroot', () => {
  it('numeric uids pass anywhere, uid 0 and root fail', () => {
    expect(check('FROM scratch\nUSER 65532:65532\n').passed).toBe(true);
    expect(check('FROM scratch\nUSER 0:0\n').passed).toBe(false);
    expect(check('FROM gcr.io/distroless/static-debian13:nonroot\nUSER root\n').passed).toBe(false);
  });

  it('names resolve only where /etc/passwd has them', () => {
    expect(check('FROM scratch\nUSER nonroot\n').passed).toBe(false);
    expect(check('FROM gcr.io/distroless/static-debian13\nUSER nonroot\n').passed).toBe(true);
    expect(check('FROM alpine:3.22\nUSER calc\n').passed).toBe(false);
    expect(check('FROM alpine:3.22\nRUN adduser -D calc\nUSER calc\n').passed).toBe(true);
  });

  it('a USER in the builder does not carry over', () => {
    expect(check(`${BUILD}USER 10001\nFROM gcr.io/distroless/static-debian13\n`).passed).toBe(false);
  });

  it('a copied /etc/passwd brings the builder\'s users, including lines written by RUN', () => {
    expect(check(`${BUILD}RUN adduser -D -u 10001 calc\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nUSER calc\n`).passed).toBe(true);
    expect(check(`${BUILD}RUN echo "calc:x:10001:10001::/:/sbin/nologin" >> /etc/passwd\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nUSER calc\n`).passed).toBe(true);
    expect(check(`${BUILD}FROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nUSER calc\n`).passed).toBe(false);
  });

  it('another file copied over /etc/passwd is not read as the builder\'s /etc/passwd', () => {
    expect(check(`${BUILD}RUN printf 'calc:x:10001:10001::/:/sbin/nologin\\n' > /tmp/passwd\nFROM scratch\nCOPY --from=build /tmp/passwd /etc/passwd\nUSER calc\n`).passed).toBe(true);
  });
});
