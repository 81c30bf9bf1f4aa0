import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the tables, camelCased (the CamelCasePlugin maps to snake_case columns).
 * Timestamps are ISO strings on SQLite and `timestamptz` on PostgreSQL; read them through
 * `toIso`. Booleans are 0/1 on SQLite; read them through `Boolean(...)`.
 */
export interface DB {
  offices: OfficeTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  loginFailures: LoginFailureTable;
  orgState: OrgStateTable;
  events: EventTable;
}

type Timestamp = ColumnType<string | Date, string, string>;
type Bool = ColumnType<boolean | number, boolean, boolean>;
type Json = ColumnType<unknown, string, string>;

export interface OfficeTable {
  id: string;
  name: string;
  city: string;
  timezone: string;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface DepartmentTable {
  id: string;
  name: string;
  parentId: string | null;
  headId: string | null;
  deputyId: string | null;
  officeId: string | null;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  /** Lower-cased name: a byte-ordered sort key identical on both dialects. */
  sortName: string;
  /** Lower-cased name, e-mail and position: what `?q=` searches. */
  searchText: string;
  passwordHash: string;
  position: string | null;
  departmentId: string | null;
  officeId: string | null;
  phones: Json;
  birthday: string | null;
  hireDate: string | null;
  skills: Json;
  photoFile: string | null;
  isAdmin: Bool;
  crmAccess: string;
  isActive: Bool;
  locale: string;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
  userAgent: string | null;
  ip: string | null;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  tokenHash: string;
  scopes: Json | null;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  expiresAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export interface LoginFailureTable {
  key: string;
  count: number;
  windowStart: Timestamp;
}

/** One row: a counter bumped by every structural change, so caches of the tree know when to reload. */
export interface OrgStateTable {
  id: number;
  revision: number;
}

export interface EventTable {
  /** Monotonic position in the log; consumers remember the last one they handled. */
  id: Generated<number>;
  type: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  data: Json;
  createdAt: Timestamp;
}
