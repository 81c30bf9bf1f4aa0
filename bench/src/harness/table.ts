/** One column of a Markdown table: a header, how to print a row's cell, and its alignment. */
export interface Column<T> {
  header: string;
  cell: (row: T) => string;
  align?: 'left' | 'right';
}

/** Renders rows as a GitHub-flavoured Markdown table with padded columns. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) => Math.max(3, c.header.length, ...cells.map((r) => (r[i] ?? '').length)));
  const pad = (text: string, i: number) => {
    const width = widths[i] ?? 3;
    return columns[i]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const line = (values: string[]) => `| ${values.map(pad).join(' | ')} |`;
  const rule = `|${columns
    .map((c, i) => {
      const dashes = '-'.repeat((widths[i] ?? 3) + 2);
      return c.align === 'right' ? `${dashes.slice(1)}:` : dashes;
    })
    .join('|')}|`;
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n');
}

/** A number with a fixed count of decimals and thin grouping of thousands (1 234). */
export function num(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const [whole = '', fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A ratio as a percentage (0.52 → "52%"). */
export function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '—';
}

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
