import { sql, type RawBuilder } from 'kysely';
import type { TaskViewer } from './tasks.policy.js';

/**
 * The visibility rule of `canSeeTask` as a SQL condition on a task aliased `t`: one function
 * that every task list and count adds, so no list can show what a single read would refuse.
 * Each branch is an indexed lookup (task_people by task, projects by id, project_members by
 * pair); the manager rule gets the viewer's departments as an IN list computed from the org tree.
 * Admins see everything, so they get no condition at all.
 */
export function visibleTaskCondition(viewer: TaskViewer): RawBuilder<boolean> | null {
  if (viewer.isAdmin) return null;
  const branches = [
    sql`exists (select 1 from task_people vp where vp.task_id = t.id and vp.user_id = ${viewer.id})`,
    sql`(t.project_id is not null and (
      exists (select 1 from projects vpr where vpr.id = t.project_id and vpr.visibility = 'open')
      or exists (select 1 from project_members vpm where vpm.project_id = t.project_id and vpm.user_id = ${viewer.id})))`,
  ];
  if (viewer.managedDepartmentIds.length > 0) {
    const ids = sql.join(viewer.managedDepartmentIds.map((id) => sql`${id}`));
    branches.push(sql`(t.project_id is null and exists (
      select 1 from task_people vq join users vu on vu.id = vq.user_id
      where vq.task_id = t.id and vu.department_id in (${ids})))`);
  }
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
}
