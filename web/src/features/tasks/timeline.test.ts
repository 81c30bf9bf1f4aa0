import type { Comment, HistoryItem } from '@artel/common';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline';

const person = { id: 'u1', name: 'Вера Андреева', position: null, photoUrl: null };

function comment(id: string, at: string): Comment {
  return { id, taskId: 't', authorId: 'u1', author: person, body: id, mentionIds: [], attachments: [], createdAt: at };
}
function change(id: string, at: string, type = 'task.status_changed'): HistoryItem {
  return { id, type, actorId: 'u1', actor: person, at, changes: {} };
}

describe('the task timeline', () => {
  const comments = [comment('1', '2026-03-01T10:05:00Z'), comment('2', '2026-03-01T12:00:00Z')];
  const history = [
    change('1', '2026-03-01T10:00:00Z', 'task.created'),
    change('2', '2026-03-01T10:05:00Z', 'task.comment_added'),
    change('3', '2026-03-01T11:00:00Z'),
    change('4', '2026-03-01T12:00:00Z'),
    change('5', '2026-03-02T09:00:00Z'),
  ];

  it('interleaves comments and changes oldest first, without duplicating comments', () => {
    expect(buildTimeline(comments, history).map((e) => e.id)).toEqual(['h1', 'c1', 'h3', 'h4', 'c2', 'h5']);
  });

  it('shows only the comments when asked', () => {
    expect(buildTimeline(comments, history, true).map((e) => e.id)).toEqual(['c1', 'c2']);
  });

  it('copes with one side empty', () => {
    expect(buildTimeline([], history).map((e) => e.id)).toEqual(['h1', 'h3', 'h4', 'h5']);
    expect(buildTimeline(comments, []).map((e) => e.id)).toEqual(['c1', 'c2']);
  });
});

describe('history entries', () => {
  it('reads a decline with its reason and a reassignment with the new person', async () => {
    const { describeChange } = await import('./historyDescription');
    const decline = change('9', '2026-03-01T10:00:00Z');
    decline.changes = { status: { old: 'new', new: 'declined' }, action: 'decline', reason: 'Загружен до пятницы' };
    expect(describeChange(decline)).toEqual({
      key: 'action.decline',
      values: { from: 'new', to: 'declined' },
      edits: [],
      reason: 'Загружен до пятницы',
    });
    const reassign = change('10', '2026-03-01T11:00:00Z');
    reassign.changes = {
      status: { old: 'declined', new: 'new' },
      action: 'reassign',
      responsibleId: { old: 'a', new: 'b' },
    };
    expect(describeChange(reassign)).toMatchObject({ key: 'action.reassign', userId: 'b' });
  });

  it('lists field edits and names people added by a mention', async () => {
    const { describeChange } = await import('./historyDescription');
    const edit = change('11', '2026-03-01T12:00:00Z', 'task.updated');
    edit.changes = { deadline: { old: null, new: '2026-03-05T15:00:00.000Z' }, title: { old: 'A', new: 'B' } };
    expect(describeChange(edit).edits.map((e) => e.field)).toEqual(['deadline', 'title']);
    const mention = change('12', '2026-03-01T12:00:00Z', 'task.member_added');
    mention.changes = { userId: 'u7', role: 'observer', via: 'mention' };
    expect(describeChange(mention)).toMatchObject({
      key: 'memberAddedByMention',
      userId: 'u7',
      values: { role: 'observer' },
    });
  });
});
