import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION, defaultSpan } from './scheduling';

describe('scheduling an undated task', () => {
  it('plans the default duration from the chosen day', () => {
    expect(defaultSpan(100, null)).toEqual({ startDay: 100, endDay: 100 + DEFAULT_DURATION - 1 });
  });

  it('ends by the deadline when it comes sooner', () => {
    expect(defaultSpan(100, 101)).toEqual({ startDay: 100, endDay: 101 });
    expect(defaultSpan(100, 100)).toEqual({ startDay: 100, endDay: 100 });
    expect(defaultSpan(100, 130)).toEqual({ startDay: 100, endDay: 102 });
  });

  it('ignores a deadline already passed: the bar then shows the task late', () => {
    expect(defaultSpan(100, 90)).toEqual({ startDay: 100, endDay: 102 });
  });
});
