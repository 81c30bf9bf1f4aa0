#!/usr/bin/env node
// Builds what is out of date: the shared package and the server (tsc, incremental), and the web
// app (Vite) only when its sources are newer than the last build — so `npm start` stays quick
// after the first run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

run('npx', ['tsc', '-b', 'common', 'server']);

const webSources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'common/src', 'web/package.json'];
const builtAt = newestMtime(path.join(root, 'web/dist/index.html'));
const changedAt = Math.max(...webSources.map((p) => newestMtime(path.join(root, p))));
if (process.argv.includes('--force') || changedAt > builtAt) {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], path.join(root, 'web'));
}
