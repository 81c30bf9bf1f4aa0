// Reports the JavaScript a first visit downloads: the entry chunk of dist/index.html plus every
// chunk it imports statically (transitively), gzipped. Lazy routes are not counted.
// Usage: node scripts/bundle-size.mjs [--max-kb 300]   (run `vite build` first)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('no module entry in dist/index.html');

const seen = new Set();
const queue = [entry];
while (queue.length > 0) {
  const file = queue.pop();
  if (!file || seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import ... from "./x.js"` / `import "./x.js"`; `import("./x.js")` is lazy.
  for (const match of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
    queue.push(join(dirname(file), match[1] ?? ''));
  }
}

let total = 0;
for (const file of [...seen].sort()) {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  process.stdout.write(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}\n`);
}
const maxArg = process.argv.indexOf('--max-kb');
const max = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 300;
process.stdout.write(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${max} KB)\n`);
if (total / 1024 > max) process.exit(1);
