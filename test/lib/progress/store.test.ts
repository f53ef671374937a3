// The progress store: saves and reads back, exports and imports round trip, refuses corrupt and
// foreign files without touching what is saved, and keeps an unreadable entry before overwriting it.
import { describe, expect, it } from 'vitest';
import { ProgressStore, STORAGE_KEY, mergeProgress, type KeyValueStorage } from '../../../src/lib/progress/store.ts';
import { emptyProgress, parseProgressText, MAX_DRAFT } from '../../../src/lib/progress/schema.ts';

/** An in-memory Web Storage. */
function memory(init: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...init };
  return { data, getItem: (k) => (k in data ? data[k]! : null), setItem: (k, v) => void (data[k] = v) };
}

describe('ProgressStore', () => {
  it('starts empty and remembers passes, drafts and hints across instances (a reload)', () => {
    const storage = memory();
    const a = new ProgressStore(storage);
    expect(a.read()).toEqual(emptyProgress());
    a.saveDraft('go-multistage', 'FROM scratch\n');
    a.useHints('go-multistage', 2);
    a.useHints('go-multistage', 1);
    a.markPassed('echo-greeting');
    const b = new ProgressStore(storage);
    expect(b.exercise('go-multistage')).toMatchObject({ passed: false, draft: 'FROM scratch\n', hintsUsed: 2 });
    expect(b.exercise('echo-greeting').passed).toBe(true);
    expect(b.exercise('echo-greeting').passedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    b.clearDraft('go-multistage');
    expect(b.exercise('go-multistage').draft).toBeUndefined();
    expect(b.exercise('go-multistage').hintsUsed).toBe(2);
  });

  it('does not keep drafts over the size limit', () => {
    const s = new ProgressStore(memory());
    expect(s.saveDraft('x', 'a'.repeat(MAX_DRAFT + 1))).toBe(false);
    expect(s.exercise('x').draft).toBeUndefined();
  });

  it('exports a file that imports into another browser', () => {
    const from = new ProgressStore(memory());
    from.markPassed('go-multistage');
    from.saveDraft('echo-greeting', 'FROM ubuntu\n');
    from.useHints('echo-greeting', 3);
    const file = from.exportText();
    expect(parseProgressText(file).ok).toBe(true);
    const to = new ProgressStore(memory());
    expect(to.importText(file)).toEqual({ ok: true, exercises: 2, passed: 1 });
    expect(to.exercise('go-multistage').passed).toBe(true);
    expect(to.exercise('echo-greeting')).toMatchObject({ draft: 'FROM ubuntu\n', hintsUsed: 3 });
    expect(to.read().exportedAt).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"format": "stagecraft-progress", ', /not valid JSON/],
    ['a foreign JSON file', JSON.stringify({ name: 'package', version: '1.0.0' }), /not a Stagecraft progress file/],
    ['an array', '[]', /not a Stagecraft progress file/],
    ['a newer version', JSON.stringify({ ...emptyProgress(), version: 9 }), /newer Stagecraft/],
    ['a damaged entry', JSON.stringify({ ...emptyProgress(), exercises: { 'go-multistage': { passed: 'yes', hintsUsed: 0 } } }), /damaged: exercises\.go-multistage\.passed/],
    ['a bad id', JSON.stringify({ ...emptyProgress(), exercises: { '<img src=x>': { passed: true, hintsUsed: 0 } } }), /damaged/],
    ['an unknown field', JSON.stringify({ ...emptyProgress(), extra: 1 }), /damaged/],
    ['a negative hint count', JSON.stringify({ ...emptyProgress(), exercises: { a: { passed: false, hintsUsed: -1 } } }), /damaged/],
  ])('refuses %s and keeps what is saved', (_name, file, message) => {
    const storage = memory();
    const s = new ProgressStore(storage);
    s.markPassed('go-multistage');
    s.saveDraft('go-multistage', 'FROM scratch\n');
    const before = storage.data[STORAGE_KEY];
    const r = s.importText(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect(storage.data[STORAGE_KEY]).toBe(before);
  });

  it('reads an unreadable stored entry as empty and backs it up before the next write', () => {
    const storage = memory({ [STORAGE_KEY]: '{broken' });
    const s = new ProgressStore(storage);
    expect(s.storedIsCorrupt()).toBe(true);
    expect(s.read()).toEqual(emptyProgress());
    s.markPassed('a');
    expect(storage.data[`${STORAGE_KEY}:unreadable-backup`]).toBe('{broken');
    expect(s.exercise('a').passed).toBe(true);
  });

  it('notifies subscribers after writes', () => {
    const s = new ProgressStore(memory());
    const seen: number[] = [];
    const off = s.subscribe((p) => seen.push(Object.keys(p.exercises).length));
    s.markPassed('a');
    off();
    s.markPassed('b');
    expect(seen).toEqual([1]);
  });
});

describe('mergeProgress', () => {
  it('never forgets a pass, keeps the newer draft and the larger hint count', () => {
    const base = { ...emptyProgress(), exercises: { a: { passed: true, passedAt: '2026-01-02T00:00:00.000Z', hintsUsed: 1, draft: 'old', draftSavedAt: '2026-01-01T00:00:00.000Z' } } };
    const inc = { ...emptyProgress(), exercises: { a: { passed: false, hintsUsed: 3, draft: 'new', draftSavedAt: '2026-02-01T00:00:00.000Z' }, b: { passed: true, hintsUsed: 0 } } };
    const m = mergeProgress(base, inc);
    expect(m.exercises.a).toEqual({ passed: true, passedAt: '2026-01-02T00:00:00.000Z', hintsUsed: 3, draft: 'new', draftSavedAt: '2026-02-01T00:00:00.000Z' });
    expect(m.exercises.b).toEqual({ passed: true, hintsUsed: 0 });
    const older = mergeProgress(inc, base);
    expect(older.exercises.a!.draft).toBe('new');
  });
});
