import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig } from '../config.js';

/**
 * `artel backup <file>` takes a consistent online snapshot of the embedded database (SQLite's
 * backup API copies a point-in-time image while the server keeps writing). `artel restore <file>`
 * checks a snapshot's integrity and puts it in place; run it with the server stopped.
 * PostgreSQL installations use `pg_dump` instead (see docs/OPERATIONS.md).
 */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('write a consistent snapshot of the embedded database to <file>')
    .action(async (file: string) => {
      const source = embeddedDatabaseFile();
      const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
      try {
        mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        await db.backup(path.resolve(file));
      } finally {
        db.close();
      }
      process.stdout.write(`Backup written to ${path.resolve(file)}\n`);
    });

  program
    .command('restore <file>')
    .description('replace the embedded database with a snapshot (stop the server first)')
    .action((file: string) => {
      const target = embeddedDatabaseFile(false);
      const check = new SqliteDatabase(path.resolve(file), { readonly: true, fileMustExist: true });
      try {
        const result = check.pragma('integrity_check', { simple: true });
        if (result !== 'ok') throw new Error(`the snapshot fails its integrity check: ${String(result)}`);
      } finally {
        check.close();
      }
      mkdirSync(path.dirname(target), { recursive: true });
      const staging = `${target}.restoring`;
      copyFileSync(path.resolve(file), staging);
      for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      renameSync(staging, target);
      process.stdout.write(`Restored ${path.resolve(file)} into ${target}\n`);
    });
}

function embeddedDatabaseFile(mustExist = true): string {
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump');
  const file = path.join(config.dataDir, 'artel.db');
  if (mustExist && !existsSync(file)) throw new Error(`no database at ${file}`);
  return file;
}
