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
  projects: ProjectTable;
  projectMembers: ProjectMemberTable;
  projectStages: ProjectStageTable;
  tasks: TaskTable;
  taskPeople: TaskPersonTable;
  taskTags: TaskTagTable;
  checklistItems: ChecklistItemTable;
  taskComments: TaskCommentTable;
  taskCommentReads: TaskCommentReadTable;
  taskDependencies: TaskDependencyTable;
  taskAttachments: TaskAttachmentTable;
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

export interface ProjectTable {
  id: string;
  name: string;
  /** Lower-cased name: the byte-ordered sort key. */
  sortName: string;
  /** Lower-cased name and description: what `?q=` searches. */
  searchText: string;
  description: string;
  visibility: 'open' | 'closed';
  ownerId: string;
  startDate: Timestamp | null;
  endDate: Timestamp | null;
  archived: Bool;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ProjectMemberTable {
  projectId: string;
  userId: string;
  role: 'owner' | 'moderator' | 'member';
  addedAt: Timestamp;
}

export interface ProjectStageTable {
  id: string;
  projectId: string;
  name: string;
  position: number;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface TaskTable {
  id: string;
  title: string;
  /** Lower-cased title: what `?q=` searches. */
  searchText: string;
  /** Lower-cased title: the byte-ordered sort key for `sort=title`. */
  sortTitle: string;
  description: string;
  status: string;
  creatorId: string;
  responsibleId: string;
  projectId: string | null;
  parentId: string | null;
  stageId: string | null;
  stagePosition: number | null;
  deadline: Timestamp | null;
  startDate: Timestamp | null;
  endDate: Timestamp | null;
  /** 1 low, 2 normal, 3 high. */
  priority: number;
  requiresApproval: Bool;
  crmType: string | null;
  crmId: string | null;
  declineReason: string | null;
  disapproveReason: string | null;
  /** The tags as a JSON array, for lists; `task_tags` is what filters. */
  tags: Json;
  commentCount: Generated<number>;
  checklistTotal: Generated<number>;
  checklistDone: Generated<number>;
  subtaskCount: Generated<number>;
  completedAt: Timestamp | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Who is on a task and how; creator and responsible have rows too, so visibility is one lookup. */
export interface TaskPersonTable {
  taskId: string;
  userId: string;
  role: 'creator' | 'responsible' | 'participant' | 'observer';
}

export interface TaskTagTable {
  taskId: string;
  tag: string;
}

export interface ChecklistItemTable {
  id: string;
  taskId: string;
  title: string;
  done: Bool;
  position: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface TaskCommentTable {
  id: string;
  taskId: string;
  authorId: string;
  body: string;
  mentionIds: Json;
  createdAt: Timestamp;
}

/** How many of a task's comments a user had seen when they last read it. */
export interface TaskCommentReadTable {
  userId: string;
  taskId: string;
  readCount: number;
  readAt: Timestamp;
}

export interface TaskDependencyTable {
  id: string;
  predecessorId: string;
  successorId: string;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  createdAt: Timestamp;
}

export interface TaskAttachmentTable {
  id: string;
  taskId: string;
  commentId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  storageKey: string;
  uploadedById: string;
  createdAt: Timestamp;
}
