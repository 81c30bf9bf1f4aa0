import { describe, expect, it } from 'vitest';
import { isOverdue } from './display';

describe('overdue tasks', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it('are active tasks whose deadline has passed', () => {
    expect(isOverdue({ status: 'in_progress', deadline: '2026-11-29T11:59:00Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'new', deadline: '2026-11-01T00:00:00Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'pending', deadline: '2026-11-29T12:01:00Z' }, now)).toBe(false);
  });

  it('never include finished, waiting-for-approval or undated tasks', () => {
    expect(isOverdue({ status: 'completed', deadline: '2026-11-01T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'awaiting_control', deadline: '2026-11-01T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'deferred', deadline: '2026-11-01T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'in_progress', deadline: null }, now)).toBe(false);
  });
});
