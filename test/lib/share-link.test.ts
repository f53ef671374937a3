// Share links: a round trip keeps any text exactly, hostile text stays text, malformed or oversized
// links give a message instead of throwing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { MAX_TEXT_BYTES, SHARE_PREFIX, decodeShare, encodeShare } from '../../src/lib/share/link.ts';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('encodeShare / decodeShare', () => {
  it('round-trips a Dockerfile exactly, including markup and non-ASCII text', () => {
    const text = 'FROM alpine:3.20\nLABEL x="<script>alert(1)</script>"\nCMD ["echo", "\\"><img src=x onerror=alert(1)>", "héllo ✓"]\r\n';
    const e = encodeShare(text);
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(e.fragment).toMatch(/^df=v1\.[A-Za-z0-9_-]+$/);
    expect(decodeShare(`#${e.fragment}`)).toEqual({ ok: true, text });
    expect(decodeShare(e.fragment)).toEqual({ ok: true, text });
  });

  it('round-trips any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const e = encodeShare(s);
        return e.ok && JSON.stringify(decodeShare(e.fragment)) === JSON.stringify({ ok: true, text: s });
      }),
    );
  });

  it('compresses: a typical Dockerfile gives a shorter link than plain base64url would', () => {
    const text = 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
    const e = encodeShare(text);
    expect(e.ok && e.fragment.length - SHARE_PREFIX.length < b64url(new TextEncoder().encode(text)).length).toBe(true);
  });

  it('refuses to encode text over the size limit', () => {
    const e = encodeShare('x'.repeat(MAX_TEXT_BYTES + 1));
    expect(e).toMatchObject({ ok: false });
    expect(encodeShare('x'.repeat(MAX_TEXT_BYTES)).ok).toBe(true);
  });

  it('ignores fragments that carry no shared Dockerfile', () => {
    for (const h of ['', '#', '#intro', '#findings', 'top']) expect(decodeShare(h)).toBeNull();
  });

  it('explains malformed links instead of throwing', () => {
    const good = encodeShare('FROM alpine:3.20\nCMD ["echo", "hi"]\n');
    if (!good.ok) throw new Error('encode failed');
    const payload = good.fragment.slice(SHARE_PREFIX.length);
    const cases = {
      'unknown version': '#df=v9.' + payload,
      'no payload': '#df=v1.',
      'not base64url': '#df=v1.abc$%^',
      'impossible length': '#df=v1.' + 'A'.repeat(5),
      'cut off': '#df=v1.' + payload.slice(0, Math.floor(payload.length / 2)),
      'not deflate': '#df=v1.' + b64url(new TextEncoder().encode('hello, not compressed')),
      'invalid utf-8': '#df=v1.' + b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0xc3]))),
      'too long payload': '#df=v1.' + 'A'.repeat(40_000),
    };
    for (const [name, hash] of Object.entries(cases)) {
      const r = decodeShare(hash);
      expect(r, name).not.toBeNull();
      expect(r!.ok, name).toBe(false);
      if (r && !r.ok) expect(r.error, name).toMatch(/^This share link is broken \(.+\), so the playground shows the example Dockerfile instead\.$/);
    }
  });

  it('refuses a compression bomb (small link, huge text)', () => {
    const bomb = b64url(deflateSync(new Uint8Array(MAX_TEXT_BYTES * 4).fill(65), { level: 9 }));
    expect(bomb.length).toBeLessThan(2000);
    const r = decodeShare(`#df=v1.${bomb}`);
    expect(r).toMatchObject({ ok: false });
  });
});
