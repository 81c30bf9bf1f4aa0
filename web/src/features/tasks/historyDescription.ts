import type { HistoryItem } from '@artel/common';

/** One field edit, ready to show as "field: old → new". */
export interface FieldEdit {
  field: string;
  old: unknown;
  new: unknown;
}

/** What a history entry says, as a message key with its values, plus field edits and a reason. */
export interface ChangeDescription {
  key: string;
  /** A person the message names (a member added, the new responsible person). */
  userId?: string;
  values: Record<string, string>;
  edits: FieldEdit[];
  reason?: string;
}

function isFieldChange(value: unknown): value is { old: unknown; new: unknown } {
  return typeof value === 'object' && value !== null && 'new' in value;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads one event of the task's log into a description the timeline renders. Field edits keep
 * their raw values; the component formats dates and names people.
 */
export function describeChange(item: HistoryItem): ChangeDescription {
  const c = item.changes;
  switch (item.type) {
    case 'task.created':
      return { key: 'created', values: {}, edits: [] };
    case 'task.status_changed': {
      const responsible = isFieldChange(c.responsibleId) ? str(c.responsibleId.new) : undefined;
      return {
        key: `action.${str(c.action) || 'status'}`,
        values: isFieldChange(c.status) ? { from: str(c.status.old), to: str(c.status.new) } : {},
        edits: [],
        ...(responsible ? { userId: responsible } : {}),
        ...(typeof c.reason === 'string' && c.reason ? { reason: c.reason } : {}),
      };
    }
    case 'task.updated': {
      const edits = Object.entries(c)
        .filter(([field, v]) => isFieldChange(v) && field !== 'status')
        .map(([field, v]) => ({ field, old: (v as FieldEdit).old, new: (v as FieldEdit).new }));
      return { key: 'updated', values: {}, edits };
    }
    case 'task.member_added':
    case 'task.member_removed':
      return {
        key: `${item.type === 'task.member_added' ? 'memberAdded' : 'memberRemoved'}${c.via === 'mention' ? 'ByMention' : ''}`,
        userId: str(c.userId),
        values: { role: str(c.role) },
        edits: [],
      };
    case 'task.checklist_item_added':
    case 'task.checklist_item_removed':
      return { key: item.type.slice('task.'.length), values: { title: str(c.title) }, edits: [] };
    case 'task.checklist_item_updated': {
      const done = isFieldChange(c.done) ? Boolean(c.done.new) : undefined;
      const title = isFieldChange(c.title) ? str(c.title.new) : '';
      return {
        key: done === undefined ? 'checklist_item_renamed' : done ? 'checklist_item_done' : 'checklist_item_undone',
        values: { title },
        edits: [],
      };
    }
    case 'task.dependency_added':
    case 'task.dependency_removed':
      return { key: item.type.slice('task.'.length), values: { type: str(c.type) }, edits: [] };
    case 'task.attachment_added':
    case 'task.attachment_removed':
      return { key: item.type.slice('task.'.length), values: { fileName: str(c.fileName) }, edits: [] };
    default:
      return { key: 'other', values: {}, edits: [] };
  }
}
