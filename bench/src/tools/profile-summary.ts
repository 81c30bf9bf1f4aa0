/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the self time went, by package (or the
 * project's own files) and by function; with --inclusive also the total time under functions
 * whose name matches a pattern.
 *
 *   tsx src/tools/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 40] [--inclusive 'presentUser|parse']
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `fastify`, `@fastify/cookie`, `server/dist/…` or `(native)` for a frame's URL. */
function area(url: string): string {
  if (!url) return '(native / V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const own = /\/(server|common|bench)\/(dist|src)\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[3]}` : url;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string' }, inclusive: { type: 'string' } },
  });
  const top = Number(values.top ?? 30);
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<number, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      self.set(id, (self.get(id) ?? 0) + dt);
      total += dt;
    });
    const idle = [...self].filter(([id]) =>
      ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName),
    );
    const sum = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
    const byArea = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const [id, t] of self) {
      const f = byId.get(id)!.callFrame;
      const special = f.functionName.startsWith('(');
      sum(byArea, special ? f.functionName : area(f.url), t);
      sum(byFunction, `${f.functionName || '(anonymous)'} ${special ? '' : `${area(f.url)}:${f.lineNumber + 1}`}`, t);
    }
    const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
    const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
    const busy =
      total - idle.filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
    process.stdout.write(`\n${file}\n  sampled ${ms(total)} ms, busy ${ms(busy)} ms\n\n  self time by area:\n`);
    for (const [k, t] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`  ${ms(t)} ms ${pct(t)}  ${k}\n`);
    }
    process.stdout.write('\n  self time by function:\n');
    for (const [k, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`  ${ms(t)} ms ${pct(t)}  ${k}\n`);
    }
    if (values.inclusive) {
      // Time spent under (not only in) matching functions, each sample counted once per pattern.
      const pattern = new RegExp(values.inclusive);
      const inclusive = new Map<string, number>();
      for (const [id, t] of self) {
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const f = byId.get(cur)!.callFrame;
          const key = `${f.functionName} ${area(f.url)}:${f.lineNumber + 1}`;
          if (pattern.test(key) && !seen.has(key)) {
            seen.add(key);
            sum(inclusive, key, t);
          }
        }
      }
      process.stdout.write(`\n  inclusive time under /${values.inclusive}/:\n`);
      for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        process.stdout.write(`  ${ms(t)} ms ${pct(t)}  ${k}\n`);
      }
    }
  }
}

main();
