import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throw-away PostgreSQL database for one run. */
export interface TemporaryDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates `artel_bench_<random>` through `adminUrl` (a URL of an existing database, e.g.
 * `postgres://postgres@127.0.0.1:5432/postgres`); `drop()` removes it (and its connections).
 */
export async function createTemporaryDatabase(adminUrl: string): Promise<TemporaryDatabase> {
  const name = `artel_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
