// Share links for the playground: the Dockerfile travels in the URL fragment (never sent to a
// server), deflated with fflate and base64url-encoded. Decoding validates everything and returns a
// message instead of throwing; the text is data only (the page shows it with textContent).

import { deflateSync, inflateSync } from 'fflate';

/** Fragment key and format version: `#df=v1.<base64url(deflate(utf-8))>`. */
export const SHARE_PREFIX = 'df=v1.';
/** Longest Dockerfile that can be shared, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 64 * 1024;
/** Longest encoded payload accepted (characters after the prefix). */
export const MAX_PAYLOAD_CHARS = 32 * 1024;

export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: string };
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The fragment (without `#`) that carries `text`, or why it cannot be shared. */
export function encodeShare(text: string): EncodeResult {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_TEXT_BYTES)
    return { ok: false, error: `This Dockerfile is too long to share in a link (${bytes.length} bytes; the limit is ${MAX_TEXT_BYTES}).` };
  const payload = toBase64Url(deflateSync(bytes, { level: 9 }));
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, error: 'This Dockerfile is too long to share in a link.' };
  return { ok: true, fragment: SHARE_PREFIX + payload };
}

/**
 * Read a shared Dockerfile from a URL fragment (`#df=v1.…`, with or without the `#`).
 * Returns null when the fragment carries no shared Dockerfile at all (empty, or another anchor).
 */
export function decodeShare(hash: string): DecodeResult | null {
  const frag = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!frag.startsWith('df=')) return null;
  const bad = (why: string): DecodeResult => ({ ok: false, error: `This share link is broken (${why}), so the playground shows the example Dockerfile instead.` });
  if (!frag.startsWith(SHARE_PREFIX)) return bad('unknown link format');
  const payload = frag.slice(SHARE_PREFIX.length);
  if (payload.length === 0) return bad('it carries no Dockerfile');
  if (payload.length > MAX_PAYLOAD_CHARS) return bad('it is too long');
  const packed = fromBase64Url(payload);
  if (!packed) return bad('it is not valid base64url; it may have been cut off when it was copied');
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(packed);
  } catch {
    return bad('the compressed data is damaged; it may have been cut off when it was copied');
  }
  if (bytes.length > MAX_TEXT_BYTES) return bad('the Dockerfile in it is too long');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return bad('the text in it is not valid UTF-8');
  }
}
