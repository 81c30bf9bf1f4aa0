import type { Comment, HistoryItem } from '@artel/common';

/** One entry of the task's timeline: a comment, or a change from its history. */
export type TimelineEntry =
  | { kind: 'comment'; id: string; at: string; comment: Comment }
  | { kind: 'change'; id: string; at: string; change: HistoryItem };

/**
 * Comments and history as one story, oldest first. Both lists arrive oldest first, so a merge keeps
 * each one's own order; a change and a comment at the same instant put the change first (the
 * status a comment explains comes before it). The history's "comment added" entries are dropped:
 * the comment itself is on the timeline.
 */
export function buildTimeline(
  comments: readonly Comment[],
  history: readonly HistoryItem[],
  commentsOnly = false,
): TimelineEntry[] {
  const changes = commentsOnly ? [] : history.filter((h) => h.type !== 'task.comment_added');
  const out: TimelineEntry[] = [];
  let c = 0;
  let h = 0;
  while (c < comments.length || h < changes.length) {
    const comment = comments[c];
    const change = changes[h];
    if (change && (!comment || Date.parse(change.at) <= Date.parse(comment.createdAt))) {
      out.push({ kind: 'change', id: `h${change.id}`, at: change.at, change });
      h += 1;
    } else if (comment) {
      out.push({ kind: 'comment', id: `c${comment.id}`, at: comment.createdAt, comment });
      c += 1;
    }
  }
  return out;
}
