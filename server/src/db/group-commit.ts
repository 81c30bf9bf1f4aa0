import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import type { Dialect } from './database.js';
import type { DB } from './schema.js';

/** A unit of writing: what one request would run in its own transaction. */
export type Write<T> = (trx: Kysely<DB>) => Promise<T>;

interface Job {
  work: Write<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** How to run writes in transactions: one each, or grouped. */
export interface Writes {
  run<T>(work: Write<T>): Promise<T>;
}

/**
 * Group commit for SQLite. SQLite has one writer, so concurrent writes queue for the connection
 * anyway; what each commit costs is writing its pages to the WAL, and a burst of task creations
 * dirties the same pages (the newest leaf of every index) again and again. So the writes that
 * arrive within one turn of the event loop, or while a transaction runs, run together in one
 * transaction (at most `maxBatch`), each inside its own savepoint:
 *
 * - a write that fails (a validation error, a constraint) is rolled back to its savepoint alone
 *   and its caller gets its own error; the others go on;
 * - no caller hears of success before the transaction holding its write has committed, so every
 *   acknowledged write is as durable as with a transaction of its own; if the commit fails,
 *   every caller of the batch gets that error;
 * - the writes of a batch run one after the other, each seeing the ones before it, exactly as
 *   if they had run in separate transactions in that order.
 *
 * PostgreSQL runs writes concurrently on its pool, so there each write keeps its own transaction.
 */
export function groupCommit(db: Kysely<DB>, dialect: Dialect, maxBatch = 64): Writes {
  if (dialect !== 'sqlite') return { run: (work) => db.transaction().execute(work) };
  const queue: Job[] = [];
  let draining = false;

  const drain = async () => {
    try {
      while (queue.length > 0) await runBatch(queue.splice(0, maxBatch));
    } finally {
      draining = false;
    }
  };

  const runBatch = async (batch: Job[]) => {
    let trx: ControlledTransaction<DB>;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    const succeeded: { job: Job; value: unknown }[] = [];
    for (const [index, job] of batch.entries()) {
      try {
        await sql`savepoint group_write`.execute(trx);
      } catch (error) {
        return abort(trx, error, succeeded, batch.slice(index));
      }
      try {
        succeeded.push({ job, value: await job.work(trx) });
        await sql`release savepoint group_write`.execute(trx);
      } catch (error) {
        const last = succeeded.at(-1);
        if (last?.job === job) succeeded.pop();
        try {
          // Undo this write only; the savepoint stays open until released.
          await sql`rollback to savepoint group_write`.execute(trx);
          await sql`release savepoint group_write`.execute(trx);
        } catch (undoError) {
          job.reject(error);
          return abort(trx, undoError, succeeded, batch.slice(index + 1));
        }
        job.reject(error);
      }
    }
    try {
      await trx.commit().execute();
    } catch (error) {
      return abort(trx, error, succeeded, []);
    }
    for (const { job, value } of succeeded) job.resolve(value);
  };

  /** The transaction cannot go on: roll it all back and tell every caller still waiting. */
  const abort = async (trx: ControlledTransaction<DB>, error: unknown, succeeded: { job: Job }[], pending: Job[]) => {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    for (const { job } of succeeded) job.reject(error);
    for (const job of pending) job.reject(error);
  };

  return {
    run<T>(work: Write<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (draining) return;
        draining = true;
        // better-sqlite3 is synchronous, so a transaction runs start to end without letting the
        // event loop read other requests. Waiting one turn of the loop (setImmediate runs after
        // the pending I/O) lets the requests that have already arrived join this batch.
        setImmediate(() => void drain());
      });
    },
  };
}
