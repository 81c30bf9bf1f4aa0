import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Process-level tests run the real `artel` command from `server/dist`; build it once, incrementally. */
export default function buildServer(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  execFileSync('npx', ['tsc', '-b', 'common', 'server'], { cwd: root, stdio: 'inherit' });
}
