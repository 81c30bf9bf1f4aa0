import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Foundation: offices, departments, users, sessions, API tokens, login throttling and the event log.
 * Frozen once landed: it takes `Kysely<any>` and imports no application code.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const ts = pg ? sql`timestamptz` : sql`text`;
  const bool = pg ? sql`boolean` : sql`integer`;
  const json = pg ? sql`jsonb` : sql`text`;
  const sortKey = pg ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('offices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  let users = db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', sortKey, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('department_id', 'text')
    .addColumn('office_id', 'text', (c) => c.references('offices.id'))
    .addColumn('phones', json, (c) => c.notNull())
    .addColumn('birthday', 'text')
    .addColumn('hire_date', 'text')
    .addColumn('skills', json, (c) => c.notNull())
    .addColumn('photo_file', 'text')
    .addColumn('is_admin', bool, (c) => c.notNull())
    .addColumn('crm_access', 'text', (c) => c.notNull())
    .addColumn('is_active', bool, (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull());
  // SQLite accepts a reference to a table created later; PostgreSQL gets it below.
  if (!pg) {
    users = users.addForeignKeyConstraint('users_department_fk', ['department_id'], 'departments', ['id']);
  }
  await users.execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
    .addColumn('head_id', 'text', (c) => c.references('users.id'))
    .addColumn('deputy_id', 'text', (c) => c.references('users.id'))
    .addColumn('office_id', 'text', (c) => c.references('offices.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  if (pg) {
    await sql`alter table users add constraint users_department_fk
      foreign key (department_id) references departments (id)`.execute(db);
  }

  await db.schema.createIndex('users_sort_idx').on('users').columns(['sort_name', 'id']).execute();
  await db.schema.createIndex('users_department_idx').on('users').columns(['department_id', 'sort_name']).execute();
  await db.schema.createIndex('users_office_idx').on('users').column('office_id').execute();
  await db.schema.createIndex('departments_parent_idx').on('departments').column('parent_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('last_seen_at', ts, (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', json)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_used_at', ts)
    .addColumn('expires_at', ts)
    .addColumn('revoked_at', ts)
    .execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('org_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('org_state').values({ id: 1, revision: 1 }).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('data', json, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_entity_idx').on('events').columns(['entity_type', 'entity_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table users drop constraint users_department_fk`.execute(db);
  }
  for (const table of ['events', 'org_state', 'login_failures', 'api_tokens', 'sessions']) {
    await db.schema.dropTable(table).execute();
  }
  await db.updateTable('departments').set({ head_id: null, deputy_id: null }).execute();
  await db.updateTable('users').set({ department_id: null }).execute();
  for (const table of ['departments', 'users', 'offices']) {
    await db.schema.dropTable(table).execute();
  }
}

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
