/**
 * Everything the bench takes from the server, in one place. It imports the compiled server
 * (`server/dist`, built by `npx tsc -b common server`) — the same code `artel start` runs — so
 * the generated database has exactly the schema and search keys the measured server expects.
 */
export { migrateToLatest } from '../../server/dist/db/migrate.js';
export { openDatabase, type Database, type Dialect } from '../../server/dist/db/database.js';
export { userSearchColumns } from '../../server/dist/org/users.repo.js';
export { hashPassword } from '../../server/dist/auth/passwords.js';
export { newId } from '../../server/dist/db/ids.js';
export { transliterate } from '../../server/dist/demo/translit.js';
export type { DB } from '../../server/dist/db/schema.js';
export { computeSchedule } from '../../server/dist/gantt/schedule.js';
export { buildGanttView } from '../../server/dist/gantt/gantt-view.js';
export { rescheduleTask } from '../../server/dist/gantt/reschedule.js';
export { computeProjectProgress } from '../../server/dist/gantt/progress.js';
export type { GanttLink, GanttTask, LinkType } from '../../server/dist/gantt/types.js';
export { projectSearchColumns } from '../../server/dist/projects/projects.repo.js';
export { titleKeys } from '../../server/dist/tasks/commands/task-people.js';
