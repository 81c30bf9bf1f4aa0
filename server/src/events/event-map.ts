/** A field's value before and after a change, as history shows it. */
export interface FieldChange {
  old: unknown;
  new: unknown;
}

/** Changed fields of a record, by field name. */
export type Changes = Record<string, FieldChange>;

/**
 * Every event type the log can hold, with its payload. History, feed, notifications, realtime and
 * webhooks read these; a new write adds its type here first, so every reader sees it typed.
 */
export interface EventMap {
  'office.created': { name: string; city: string; timezone: string };
  'office.updated': { changes: Changes };
  'office.deleted': { name: string };
  'department.created': {
    name: string;
    parentId: string | null;
    headId: string | null;
    deputyId: string | null;
    officeId: string | null;
  };
  'department.updated': { changes: Changes };
  'department.deleted': { name: string };
  'user.created': { name: string; email: string; departmentId: string | null; isAdmin: boolean };
  'user.updated': { changes: Changes };
  'user.deactivated': Record<string, never>;
  'user.activated': Record<string, never>;
  'user.password_changed': Record<string, never>;
  'user.signed_in': { via: 'password' };
  'api_token.created': { name: string };
  'api_token.revoked': { name: string };
  'project.created': { name: string; visibility: string; memberIds: string[] };
  'project.updated': { changes: Changes };
  'project.member_added': { userId: string; role: string };
  'project.member_updated': { userId: string; changes: Changes };
  'project.member_removed': { userId: string; role: string };
  'project.stage_added': { stageId: string; name: string };
  'project.stage_updated': { stageId: string; changes: Changes };
  'project.stage_removed': { stageId: string; name: string; movedTo: string };
  /** A task left the project (deleted, or moved to another project or out of projects). */
  'project.task_removed': { taskId: string; title: string; reason: 'deleted' | 'moved' };
  'task.created': { changes: Changes };
  /** `shiftedBy`: the task whose move pushed this one's dates (rescheduling along links). */
  'task.updated': { changes: Changes; shiftedBy?: string };
  'task.status_changed': {
    changes: { status: FieldChange; action: string; reason?: string; responsibleId?: FieldChange };
  };
  'task.comment_added': { changes: { commentId: string; mentionIds: string[] } };
  'task.member_added': { changes: { userId: string; role: string; via?: string } };
  'task.member_removed': { changes: { userId: string; role: string; via?: string } };
  'task.checklist_item_added': { changes: { itemId: string; title: string } };
  'task.checklist_item_updated': { changes: { itemId: string; title?: FieldChange; done?: FieldChange } };
  'task.checklist_item_removed': { changes: { itemId: string; title: string } };
  'task.dependency_added': { changes: { linkId: string; predecessorId: string; successorId: string; type: string } };
  'task.dependency_removed': {
    changes: { linkId: string; predecessorId: string; successorId: string; type: string };
  };
  'task.attachment_added': { changes: { attachmentId: string; fileName: string; size: number } };
  'task.attachment_removed': { changes: { attachmentId: string; fileName: string } };
  'task.deleted': { changes: { title: FieldChange } };
}

export type EventType = keyof EventMap;

/** The kind of record an event is about, derived from its type's prefix. */
export type EntityType = 'office' | 'department' | 'user' | 'api_token' | 'project' | 'task';
