// Goal kind healthcheck: exec form (or a shell the image has), program present, argv matching,
// no ENTRYPOINT prefix, and only the final image's own HEALTHCHECK counts.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/model.ts';
import { goalContext } from '../../../src/engine/grade/context.ts';
import goal from '../../../src/engine/grade/goals/healthcheck.ts';

const context = { 'main.go': 'package main', 'go.mod': 'module greeter' };
const params = { argv: [{ built: 'go' }, { oneOf: ['-healthcheck', '--healthcheck'] }] };
const BUILD = 'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /greeter .\n';

function check(dockerfile: string, p: Record<string, unknown> = params) {
  return goal.check(goalContext(analyze(dockerfile), context), goal.params.parse(p));
}
const final = (base: string, hc: string) => `${BUILD}FROM ${base}\nCOPY --from=build /greeter /greeter\n${hc}\nENTRYPOINT ["/greeter"]\n`;

describe('healthcheck', () => {
  it('accepts the built binary with its flag in exec form, options included', () => {
    expect(check(final('gcr.io/distroless/static-debian13', 'HEALTHCHECK --interval=5s CMD ["/greeter", "-healthcheck"]')).passed).toBe(true);
    expect(check(final('scratch', 'HEALTHCHECK CMD ["/greeter", "--healthcheck"]')).passed).toBe(true);
  });

  it('refuses shell form where there is no shell, accepts it where there is one', () => {
    const r = check(final('gcr.io/distroless/static-debian13', 'HEALTHCHECK CMD /greeter -healthcheck'));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/no \/bin\/sh/);
    expect(check(final('alpine:3.22', 'HEALTHCHECK CMD /greeter -healthcheck')).passed).toBe(true);
  });

  it('refuses curl on distroless and a program missing from the image', () => {
    expect(check(final('gcr.io/distroless/static-debian13', 'HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/healthz"]')).message).toMatch(/curl/);
    expect(check(final('gcr.io/distroless/static-debian13', 'HEALTHCHECK CMD ["/app/greeter", "-healthcheck"]')).passed).toBe(false);
  });

  it('refuses a bare flag (HEALTHCHECK does not use ENTRYPOINT), NONE, and a builder-only HEALTHCHECK', () => {
    expect(check(final('scratch', 'HEALTHCHECK CMD ["-healthcheck"]')).message).toMatch(/ENTRYPOINT/);
    expect(check(final('scratch', 'HEALTHCHECK NONE')).passed).toBe(false);
    const r = check(`${BUILD}HEALTHCHECK CMD ["/greeter", "-healthcheck"]\nFROM scratch\nCOPY --from=build /greeter /greeter\nENTRYPOINT ["/greeter"]\n`);
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/another stage/);
  });

  it('inherits a HEALTHCHECK through FROM <stage>', () => {
    const df = `${BUILD}FROM scratch AS base\nCOPY --from=build /greeter /greeter\nHEALTHCHECK CMD ["/greeter", "-healthcheck"]\nFROM base\nENTRYPOINT ["/greeter"]\n`;
    expect(check(df).passed).toBe(true);
  });
});
