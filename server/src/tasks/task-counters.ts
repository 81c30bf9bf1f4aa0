import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { ACTIVE_STATUSES, OPEN_STATUSES } from './task-workflow.js';

/**
 * The signed-in person's counters: open tasks per role (from the people index), overdue tasks they
 * are responsible for, tasks waiting for their acceptance and for their approval. Every count is
 * of tasks the person is on, so no visibility condition is needed and none can leak.
 */
export async function taskCounters(db: Kysely<DB>, userId: string, now: string) {
  const roleRows = await db
    .selectFrom('taskPeople as tp')
    .innerJoin('tasks as t', 't.id', 'tp.taskId')
    .select(['tp.role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tp.userId', '=', userId)
    .where('t.status', 'in', OPEN_STATUSES)
    .groupBy('tp.role')
    .execute();
  const roles = { responsible: 0, participant: 0, creator: 0, observer: 0 };
  for (const r of roleRows) roles[r.role] = Number(r.n);
  const mine = await db
    .selectFrom('tasks')
    .select((eb) => [
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.and([eb('responsibleId', '=', userId), eb('status', 'in', ACTIVE_STATUSES), eb('deadline', '<', now)]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('responsibleId', '=', userId), eb('status', '=', 'new')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('acceptance'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('creatorId', '=', userId), eb('status', '=', 'awaiting_control')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('approval'),
    ])
    .where((eb) => eb.or([eb('responsibleId', '=', userId), eb('creatorId', '=', userId)]))
    .executeTakeFirst();
  return {
    overdue: Number(mine?.overdue ?? 0),
    awaitingAcceptance: Number(mine?.acceptance ?? 0),
    awaitingApproval: Number(mine?.approval ?? 0),
    roles,
  };
}
