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
}

export type EventType = keyof EventMap;

/** The kind of record an event is about, derived from its type's prefix. */
export type EntityType = 'office' | 'department' | 'user' | 'api_token';
