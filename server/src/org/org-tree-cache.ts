import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { buildOrgTree, type OrgTree } from './org-tree.js';

/**
 * Keeps the department tree in memory and reloads it only when the structure's revision moved.
 * The revision lives in the database (bumped in the same transaction as every department write),
 * so several app instances stay correct: each request pays one single-row read, not the tree.
 */
export class OrgTreeCache {
  #revision = -1;
  #tree: OrgTree = new Map();

  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The current tree. `knownRevision` is the revision the caller already read in this request
   * (authentication reads it with the session): when the cached tree has it, no query is needed.
   */
  async get(db: Kysely<DB> = this.db, knownRevision?: number): Promise<OrgTree> {
    if (knownRevision !== undefined && knownRevision === this.#revision && db === this.db) return this.#tree;
    const state = await db.selectFrom('orgState').select('revision').where('id', '=', 1).executeTakeFirst();
    const revision = state?.revision ?? 0;
    if (revision === this.#revision) return this.#tree;
    const rows = await db.selectFrom('departments').select(['id', 'parentId', 'headId']).execute();
    // Inside a transaction the tree may hold uncommitted changes: do not keep it for others.
    if (db !== this.db) return buildOrgTree(rows);
    this.#tree = buildOrgTree(rows);
    this.#revision = revision;
    return this.#tree;
  }
}

/** Marks the structure changed; call inside the transaction of the department write. */
export async function bumpOrgRevision(trx: Kysely<DB>): Promise<void> {
  await trx
    .updateTable('orgState')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
