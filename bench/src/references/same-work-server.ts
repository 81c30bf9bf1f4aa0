/**
 * The practical limit of this stack for the directory's work: `node:http`, one prepared statement
 * per query shape, `JSON.stringify`. No framework, no validation library, no authentication.
 *
 * On SQLite it also answers the two task reads (`same-work-tasks.ts`), with the session check.
 *
 * It answers `GET /api/v1/users?q=&limit=` exactly like Artel's directory — the same rows (active
 * people, `q` matched against `search_text` lower-cased the same way, keyset order `sort_name, id`,
 * one row more than asked to know if a next page exists), the same fields and the same JSON shape
 * `{ items, nextCursor }` — which the harness checks byte for byte before measuring. The manager
 * comes from the same statement by a join: the head of the person's department, or for a head, of
 * its parent department (exact when every department has a head, as in the generated company).
 *
 *   PORT=3002 ARTEL_DATA_DIR=/tmp/artel-bench/... node --import tsx src/references/same-work-server.ts
 *   PORT=3002 DATABASE_URL=postgres://... node --import tsx src/references/same-work-server.ts
 */
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { sqliteTaskRoutes } from './same-work-tasks.js';

const port = Number(process.env.PORT ?? 3002);
const host = process.env.HOST ?? '127.0.0.1';
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.ARTEL_DATA_DIR ?? './data';

/** A row as the statement returns it (SQLite: 0/1 and JSON text; PostgreSQL: booleans, jsonb, Date). */
interface Row {
  id: string;
  email: string;
  name: string;
  position: string | null;
  departmentId: string | null;
  officeId: string | null;
  managerId: string | null;
  isAdmin: number | boolean;
  crmAccess: string;
  isActive: number | boolean;
  phones: string | unknown;
  birthday: string | null;
  hireDate: string | null;
  skills: string | unknown;
  photoFile: string | null;
  locale: string;
  version: number;
  createdAt: string | Date;
  sortName: string;
}

function selectSql(withQuery: boolean, param: (n: number) => string): string {
  return `select u.id, u.email, u.name, u.position, u.department_id as "departmentId",
      u.office_id as "officeId",
      case when d.head_id is not null and d.head_id <> u.id then d.head_id else p.head_id end as "managerId",
      u.is_admin as "isAdmin", u.crm_access as "crmAccess", u.is_active as "isActive", u.phones,
      u.birthday, u.hire_date as "hireDate", u.skills, u.photo_file as "photoFile", u.locale,
      u.version, u.created_at as "createdAt", u.sort_name as "sortName"
    from users u
    left join departments d on d.id = u.department_id
    left join departments p on p.id = d.parent_id
    where u.is_active = ${param(1)}${withQuery ? ` and u.search_text like ${param(2)} escape '\\'` : ''}
    order by u.sort_name, u.id
    limit ${param(withQuery ? 3 : 2)}`;
}

/** Runs the statement for a page: `pattern` null lists everyone. */
type Fetch = (pattern: string | null, limit: number) => Row[] | Promise<Row[]>;

function sqliteFetch(db: SqliteDatabase.Database): Fetch {
  const all = db.prepare(selectSql(false, () => '?'));
  const search = db.prepare(selectSql(true, () => '?'));
  return (pattern, limit) => (pattern === null ? all.all(1, limit) : search.all(1, pattern, limit)) as Row[];
}

function postgresFetch(url: string): Fetch {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const allSql = selectSql(false, (n) => `$${n}`);
  const searchSql = selectSql(true, (n) => `$${n}`);
  return async (pattern, limit) =>
    (pattern === null
      ? await pool.query<Row>({ name: 'users_all', text: allSql, values: [true, limit] })
      : await pool.query<Row>({ name: 'users_search', text: searchSql, values: [true, pattern, limit] })
    ).rows;
}

// Opened like the server opens it (read-write, WAL), though only read here.
const sqlite = databaseUrl ? null : new SqliteDatabase(path.join(dataDir, 'artel.db'), { fileMustExist: true });
sqlite?.pragma('journal_mode = WAL');
// The same page cache as the server's connections.
sqlite?.pragma('cache_size = -65536');
const fetchPage: Fetch = databaseUrl ? postgresFetch(databaseUrl) : sqliteFetch(sqlite!);
const taskRoute = sqlite ? sqliteTaskRoutes(sqlite) : null;

const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
const iso = (value: string | Date) => (typeof value === 'string' ? value : value.toISOString());

function present(row: Row) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    position: row.position,
    departmentId: row.departmentId,
    officeId: row.officeId,
    managerId: row.managerId,
    isAdmin: Boolean(row.isAdmin),
    crmAccess: row.crmAccess,
    isActive: Boolean(row.isActive),
    phones: json(row.phones),
    birthday: row.birthday,
    hireDate: row.hireDate,
    skills: json(row.skills),
    photoUrl: row.photoFile ? `/api/v1/users/${row.id}/photo?v=${row.version}` : null,
    locale: row.locale,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function send(res: ServerResponse, status: number, value: unknown) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function listUsers(search: URLSearchParams, res: ServerResponse) {
  const limitText = search.get('limit');
  const limit = limitText === null ? 50 : Number(limitText);
  const q = search.get('q');
  if (!Number.isInteger(limit) || limit < 1 || limit > 500 || (q !== null && q.length > 200)) {
    return send(res, 400, { error: { code: 'bad_request', message: 'bad limit or q' } });
  }
  // Normalised and escaped as the directory does (ru lower case, ё → е, LIKE wildcards literal).
  const normalised = q?.trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');
  const pattern = normalised ? `%${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await fetchPage(pattern, limit + 1);
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  send(res, 200, {
    items: page.map(present),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify({ s: last.sortName, i: last.id })).toString('base64url')
        : null,
  });
}

createServer((req, res) => {
  const url = req.url ?? '/';
  const mark = url.indexOf('?');
  const pathname = mark === -1 ? url : url.slice(0, mark);
  let task: ReturnType<NonNullable<typeof taskRoute>>;
  try {
    task = taskRoute?.(req, pathname, new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1))) ?? null;
  } catch (error) {
    task = { status: 500, body: { error: { code: 'internal', message: String(error) } } };
  }
  if (task) {
    send(res, task.status, task.body);
  } else if (req.method === 'GET' && pathname === '/api/v1/users') {
    listUsers(new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1)), res).catch((error: unknown) => {
      send(res, 500, { error: { code: 'internal', message: String(error) } });
    });
  } else if (pathname === '/api/health') {
    send(res, 200, { status: 'ok' });
  } else {
    send(res, 404, { error: { code: 'not_found', message: 'Not found' } });
  }
}).listen(port, host);

process.on('SIGTERM', () => process.exit(0));
