import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Projects (members, stages) and tasks (people, tags, checklist, comments, reads, dependencies,
 * attachments). Frozen once landed: it takes `Kysely<any>` and imports no application code.
 *
 * Notes for writers of rows outside the app (demo data, benchmark generator):
 * - `tasks.priority` is an integer rank: 1 low, 2 normal, 3 high (sortable).
 * - `tasks.search_text` is the lower-cased title (Russian locale, `ё` folded to `е`).
 * - `task_people` holds one row per (task, user, role) for roles `creator`, `responsible`,
 *   `participant`, `observer`: creator and responsible are there too, so "tasks this person is on"
 *   is one indexed lookup.
 * - `tasks.tags` repeats the task's tags as a JSON array for lists; `task_tags` is what filters.
 * - `comment_count`, `checklist_total`, `checklist_done`, `subtask_count` are kept by the app.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const ts = pg ? sql`timestamptz` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  const json = pg ? sql`jsonb` : sql`text`;
  const sortKey = pg ? sql`text collate "C"` : sql`text`;
  const real = pg ? sql`double precision` : sql`real`;

  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', sortKey, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('start_date', ts)
    .addColumn('end_date', ts)
    .addColumn('archived', bool, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_list_idx').on('projects').columns(['archived', 'sort_name', 'id']).execute();
  await db.schema.createIndex('projects_open_idx').on('projects').columns(['visibility', 'id']).execute();

  await db.schema
    .createTable('project_members')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('project_members_user_idx')
    .on('project_members')
    .columns(['user_id', 'project_id'])
    .execute();

  await db.schema
    .createTable('project_stages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', real, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_stages_project_idx')
    .on('project_stages')
    .columns(['project_id', 'position'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('sort_title', sortKey, (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('creator_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('responsible_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('project_id', 'text', (c) => c.references('projects.id'))
    .addColumn('parent_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('stage_id', 'text', (c) => c.references('project_stages.id'))
    .addColumn('stage_position', real)
    .addColumn('deadline', ts)
    .addColumn('start_date', ts)
    .addColumn('end_date', ts)
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('requires_approval', bool, (c) => c.notNull())
    .addColumn('crm_type', 'text')
    .addColumn('crm_id', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('disapprove_reason', 'text')
    .addColumn('tags', json, (c) => c.notNull())
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checklist_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checklist_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('subtask_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completed_at', ts)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  // Every index is written by every task insert: only those the lists need (a commit's cost is
  // the pages it dirties). Sorting one person's tasks by deadline sorts that person's rows.
  const taskIndexes: Record<string, string[]> = {
    tasks_responsible_idx: ['responsible_id', 'id'],
    tasks_creator_idx: ['creator_id', 'id'],
    tasks_project_idx: ['project_id', 'id'],
    tasks_board_idx: ['project_id', 'stage_id', 'stage_position'],
    tasks_parent_idx: ['parent_id', 'id'],
    tasks_crm_idx: ['crm_type', 'crm_id'],
  };
  for (const [name, columns] of Object.entries(taskIndexes)) {
    await db.schema.createIndex(name).on('tasks').columns(columns).execute();
  }

  await db.schema
    .createTable('task_people')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_people_pk', ['task_id', 'user_id', 'role'])
    .execute();
  await db.schema
    .createIndex('task_people_user_idx')
    .on('task_people')
    .columns(['user_id', 'role', 'task_id'])
    .execute();

  await db.schema
    .createTable('task_tags')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_tags_pk', ['task_id', 'tag'])
    .execute();
  await db.schema.createIndex('task_tags_tag_idx').on('task_tags').columns(['tag', 'task_id']).execute();

  await db.schema
    .createTable('checklist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('done', bool, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklist_items_task_idx')
    .on('checklist_items')
    .columns(['task_id', 'position'])
    .execute();

  await db.schema
    .createTable('task_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mention_ids', json, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_comments_task_idx').on('task_comments').columns(['task_id', 'id']).execute();

  await db.schema
    .createTable('task_comment_reads')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('read_count', 'integer', (c) => c.notNull())
    .addColumn('read_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('task_comment_reads_pk', ['user_id', 'task_id'])
    .execute();
  await db.schema.createIndex('task_comment_reads_task_idx').on('task_comment_reads').column('task_id').execute();

  await db.schema
    .createTable('task_dependencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('task_dependencies_pair_uq', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema
    .createIndex('task_dependencies_successor_idx')
    .on('task_dependencies')
    .column('successor_id')
    .execute();

  await db.schema
    .createTable('task_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('comment_id', 'text', (c) => c.references('task_comments.id').onDelete('set null'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_attachments_task_idx').on('task_attachments').columns(['task_id', 'id']).execute();
  await db.schema.createIndex('task_attachments_comment_idx').on('task_attachments').column('comment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'task_attachments',
    'task_dependencies',
    'task_comment_reads',
    'task_comments',
    'checklist_items',
    'task_tags',
    'task_people',
    'tasks',
    'project_stages',
    'project_members',
    'projects',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
