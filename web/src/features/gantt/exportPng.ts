import type { TFunction } from 'i18next';
import { linkRoute, ARROW_GAP, HEADER_HEIGHT, ROW_HEIGHT, barBox, spanOf } from './chartModel';
import { dayOf } from './days';
import { majorLabel, unitLabel } from './format';
import { BAR_COLORS, barKind } from './palette';
import type { TreeRow } from './taskTree';
import { HEADER_UNITS, dayToX, ticks, type TimeScale } from './timeScale';
import type { GanttLink } from './types';

/** Browsers refuse canvases much beyond this side; taller charts are cut at the last whole row. */
const MAX_SIDE = 16_000;
const TREE_WIDTH = 320;
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** What the export draws: the rows as shown (collapsed ones stay collapsed), at the current zoom. */
export interface ExportInput {
  rows: readonly TreeRow[];
  links: readonly GanttLink[];
  scale: TimeScale;
  today: number;
  lng: string;
  t: TFunction;
}

/**
 * Paints the whole chart (not only the rows on screen) onto a canvas, in the light theme, and
 * returns it as a PNG. Drawn directly rather than by rasterising the page's SVG, which holds only
 * the rows in view.
 */
export async function chartToPng(input: ExportInput): Promise<Blob> {
  const { rows: allRows, links, scale, today, lng, t } = input;
  const width = Math.min(TREE_WIDTH + scale.width, MAX_SIDE);
  const rowCount = Math.min(allRows.length, Math.floor((MAX_SIDE - HEADER_HEIGHT) / ROW_HEIGHT));
  const rows = allRows.slice(0, rowCount);
  const height = HEADER_HEIGHT + rowCount * ROW_HEIGHT;
  const ratio = Math.min(2, MAX_SIDE / width, MAX_SIDE / height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(width * ratio);
  canvas.height = Math.floor(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';

  // The timeline, shifted right of the task column and below the header.
  ctx.save();
  ctx.translate(TREE_WIDTH, 0);
  const units = HEADER_UNITS[scale.zoom];
  const half = HEADER_HEIGHT / 2;
  ctx.fillStyle = '#f8f9fa';
  ctx.fillRect(0, 0, scale.width, HEADER_HEIGHT);
  ctx.strokeStyle = '#dee2e6';
  ctx.lineWidth = 1;
  for (const tick of ticks(scale, units.major, 0, scale.width)) {
    line(ctx, tick.x, 0, tick.x, half);
    ctx.fillStyle = '#212529';
    ctx.font = `600 ${FONT}`;
    ctx.fillText(majorLabel(tick.day, units.major, lng), tick.x + 6, half / 2);
  }
  ctx.font = '11px system-ui, sans-serif';
  const minor = ticks(scale, units.minor, 0, scale.width);
  for (const tick of minor) {
    ctx.strokeStyle = '#dee2e6';
    line(ctx, tick.x, half, tick.x, HEADER_HEIGHT);
    ctx.strokeStyle = '#f1f3f5';
    line(ctx, tick.x, HEADER_HEIGHT, tick.x, height);
    if (tick.width >= 16) {
      ctx.fillStyle = '#868e96';
      ctx.textAlign = 'center';
      ctx.fillText(unitLabel(tick.day, units.minor, lng, t), tick.x + tick.width / 2, half + half / 2);
      ctx.textAlign = 'left';
    }
  }
  ctx.strokeStyle = '#dee2e6';
  line(ctx, 0, half, scale.width, half);
  line(ctx, -TREE_WIDTH, HEADER_HEIGHT, scale.width, HEADER_HEIGHT);

  ctx.translate(0, HEADER_HEIGHT);
  const rowOf = new Map(rows.map((r, i) => [r.task.id, i]));
  const spans = new Map(rows.map((r) => [r.task.id, spanOf(r.task)]));
  const critical = new Set(rows.filter((r) => r.task.critical).map((r) => r.task.id));
  for (const link of links) {
    const points = linkRoute(link, rowOf, (id) => spans.get(id), scale);
    if (!points) continue;
    const color = critical.has(link.fromId) && critical.has(link.toId) ? '#e03131' : '#868e96';
    ctx.strokeStyle = color;
    ctx.beginPath();
    points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.stroke();
    const end = points.at(-1)!;
    const before = points.at(-2)!;
    const dir = Math.sign(end.x - before.x) || 1;
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(end.x, end.y);
    ctx.lineTo(end.x - dir * ARROW_GAP * 0.7, end.y - 4);
    ctx.lineTo(end.x - dir * ARROW_GAP * 0.7, end.y + 4);
    ctx.fill();
  }
  rows.forEach((row, i) => {
    const span = spans.get(row.task.id);
    if (span) {
      const box = barBox(span, scale, i, row.hasChildren);
      const colors = BAR_COLORS[barKind(row.task, row.hasChildren)];
      ctx.fillStyle = colors.fill;
      ctx.fillRect(box.x, box.y, box.width, box.height);
      ctx.fillStyle = colors.progress;
      ctx.fillRect(box.x, box.y, (box.width * Math.min(100, row.task.progress)) / 100, box.height);
      if (row.task.atRisk) {
        ctx.strokeStyle = BAR_COLORS.atRisk;
        ctx.lineWidth = 2;
        ctx.strokeRect(box.x, box.y, box.width, box.height);
        ctx.lineWidth = 1;
      }
      ctx.fillStyle = '#212529';
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillText(row.task.title, box.x + box.width + 14, (i + 0.5) * ROW_HEIGHT);
    }
    if (row.task.deadline) {
      const d = dayOf(row.task.deadline);
      const x = dayToX(scale, d + 1);
      const y = (i + 0.5) * ROW_HEIGHT;
      ctx.fillStyle =
        span && span.endDay > d && row.task.status !== 'completed' ? BAR_COLORS.deadline : BAR_COLORS.deadlineMet;
      ctx.beginPath();
      ctx.moveTo(x, y - 5);
      ctx.lineTo(x + 5, y);
      ctx.lineTo(x, y + 5);
      ctx.lineTo(x - 5, y);
      ctx.fill();
    }
  });
  ctx.strokeStyle = BAR_COLORS.deadline;
  ctx.lineWidth = 2;
  const todayX = dayToX(scale, today);
  line(ctx, todayX, -half, todayX, rowCount * ROW_HEIGHT);
  ctx.restore();

  // The task column over the timeline's left edge.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, HEADER_HEIGHT, TREE_WIDTH, height - HEADER_HEIGHT);
  ctx.fillStyle = '#f8f9fa';
  ctx.fillRect(0, 0, TREE_WIDTH, HEADER_HEIGHT);
  ctx.strokeStyle = '#dee2e6';
  ctx.lineWidth = 1;
  line(ctx, TREE_WIDTH, 0, TREE_WIDTH, height);
  rows.forEach((row, i) => {
    const y = HEADER_HEIGHT + (i + 0.5) * ROW_HEIGHT;
    ctx.fillStyle = '#212529';
    ctx.font = row.hasChildren ? `600 ${FONT}` : FONT;
    ctx.fillText(clip(ctx, row.task.title, TREE_WIDTH - 60 - row.depth * 16), 12 + row.depth * 16, y);
    ctx.fillStyle = '#868e96';
    ctx.textAlign = 'right';
    ctx.fillText(`${row.task.progress}%`, TREE_WIDTH - 8, y);
    ctx.textAlign = 'left';
    ctx.strokeStyle = '#f1f3f5';
    line(ctx, 0, HEADER_HEIGHT + (i + 1) * ROW_HEIGHT, width, HEADER_HEIGHT + (i + 1) * ROW_HEIGHT);
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** The text cut with an ellipsis to fit `max` pixels. */
function clip(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Offers the blob as a file download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
