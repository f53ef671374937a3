// The interview countdown, with fake time: ticks, expiry exactly once, stop, formatting, and the
// ?seconds= override.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatRemaining, roundDuration, startCountdown } from '../../src/lib/quiz/timer.ts';

describe('startCountdown', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('ticks with the time left and expires once, on time', () => {
    const ticks: number[] = [];
    const onExpire = vi.fn();
    const c = startCountdown(10 * 60_000, { onTick: (ms) => ticks.push(ms), onExpire }, undefined, 1000);
    vi.advanceTimersByTime(1000);
    expect(ticks).toEqual([599_000]);
    vi.advanceTimersByTime(9 * 60_000 - 1000);
    expect(onExpire).not.toHaveBeenCalled();
    expect(c.remaining()).toBe(60_000);
    vi.advanceTimersByTime(60_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(c.expired()).toBe(true);
    expect(c.remaining()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('measures against the deadline, so a late tick still expires', () => {
    const onExpire = vi.fn();
    startCountdown(5000, { onExpire }, undefined, 1000);
    // A throttled tab: the clock jumps past the deadline between ticks.
    vi.setSystemTime(Date.now() + 60_000);
    vi.advanceTimersByTime(1000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('never expires once stopped', () => {
    const onExpire = vi.fn();
    const c = startCountdown(2000, { onExpire }, undefined, 100);
    vi.advanceTimersByTime(1000);
    c.stop();
    vi.advanceTimersByTime(10_000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});

describe('formatRemaining', () => {
  it('shows m:ss rounded up', () => {
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(599_001)).toBe('10:00');
    expect(formatRemaining(599_000)).toBe('9:59');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});

describe('roundDuration', () => {
  it('is 10 minutes unless ?seconds= gives a sane whole number', () => {
    expect(roundDuration('')).toBe(600_000);
    expect(roundDuration('?seconds=5')).toBe(5000);
    for (const bad of ['?seconds=0', '?seconds=-3', '?seconds=1.5', '?seconds=abc', '?seconds=99999']) expect(roundDuration(bad), bad).toBe(600_000);
  });
});
