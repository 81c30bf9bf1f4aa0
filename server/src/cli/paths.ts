import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built web app beside the server in this checkout (`web/dist`), when it exists. */
export function defaultWebDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidate = path.resolve(here, '../../../web/dist');
  return existsSync(candidate) ? candidate : undefined;
}
