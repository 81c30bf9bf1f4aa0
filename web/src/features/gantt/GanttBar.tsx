import type { KeyboardEvent } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BAR_HEIGHT, ROW_HEIGHT, barBox } from './chartModel';
import { dayOf } from './days';
import type { DaySpan } from './dragDates';
import { formatDay, formatSpan } from './format';
import classes from './Gantt.module.css';
import { BAR_COLORS, barKind } from './palette';
import { dayToX, type TimeScale } from './timeScale';
import type { GanttTask } from './types';

/** Props: the task, its row and drawn span, and what the viewer may do with it. */
export interface GanttBarProps {
  task: GanttTask;
  row: number;
  span: DaySpan | null;
  scale: TimeScale;
  summary: boolean;
  editable: boolean;
  onKey: (task: GanttTask, event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * One row of the timeline: the bar with its progress, a deadline marker, and — for a task the viewer
 * may edit — handles to resize it (its edges) and to draw a link (the dots beyond its ends). Pointer
 * handling is delegated to the chart through the `data-role` attributes.
 */
export const GanttBar = memo(function GanttBar({ task, row, span, scale, summary, editable, onKey }: GanttBarProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const mid = (row + 0.5) * ROW_HEIGHT;
  const deadlineDay = task.deadline ? dayOf(task.deadline) : null;
  const late = deadlineDay !== null && span !== null && span.endDay > deadlineDay && task.status !== 'completed';
  const deadline =
    deadlineDay !== null && !Number.isNaN(deadlineDay) ? (
      <path
        d={diamond(dayToX(scale, deadlineDay + 1), mid, 5)}
        fill={late ? BAR_COLORS.deadline : BAR_COLORS.deadlineMet}
        data-testid="gantt-deadline"
      >
        <title>{t('gantt.deadlineOn', { date: formatDay(deadlineDay, lng, true) })}</title>
      </path>
    ) : null;
  if (!span) return deadline;

  const box = barBox(span, scale, row, summary);
  const colors = BAR_COLORS[barKind(task, summary)];
  const movable = editable && !summary;
  const hint = [
    task.title,
    formatSpan(span.startDay, span.endDay, lng),
    t('gantt.progressValue', { value: task.progress }),
    task.slackDays !== null ? t('gantt.slack', { count: task.slackDays }) : null,
    task.critical ? t('gantt.legend.critical') : null,
    task.atRisk ? t('gantt.legend.atRisk') : null,
    movable ? t('gantt.dragHint') : null,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <>
      <g
        className={classes.bar}
        data-task-id={task.id}
        data-testid="gantt-bar"
        data-critical={task.critical || undefined}
        data-at-risk={task.atRisk || undefined}
        data-editable={movable || undefined}
        data-start={span.startDay}
        data-end={span.endDay}
        tabIndex={0}
        role="button"
        aria-label={hint.replaceAll('\n', ', ')}
        onKeyDown={(event) => onKey(task, event)}
      >
        <title>{hint}</title>
        <rect
          className={classes.barBody}
          data-role="body"
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={summary ? 2 : 4}
          fill={colors.fill}
          stroke={task.atRisk ? BAR_COLORS.atRisk : 'none'}
          strokeWidth={task.atRisk ? 2 : 0}
        />
        {task.progress > 0 && (
          <rect
            data-role="body"
            x={box.x}
            y={box.y}
            width={(box.width * Math.min(100, task.progress)) / 100}
            height={box.height}
            rx={summary ? 2 : 4}
            fill={colors.progress}
            pointerEvents="none"
          />
        )}
        {summary && (
          <path
            d={`M${box.x},${box.y + box.height} l0,5 l6,-5 Z M${box.x + box.width},${box.y + box.height} l0,5 l-6,-5 Z`}
            fill={colors.fill}
          />
        )}
        {task.atRisk && <path d={warning(box.x + box.width + 9, mid)} fill={BAR_COLORS.atRisk} pointerEvents="none" />}
        {movable && (
          <g className={classes.handle}>
            <rect
              data-role="resize-start"
              className={classes.resize}
              x={box.x - 3}
              y={box.y}
              width={7}
              height={box.height}
            />
            <rect
              data-role="resize-end"
              className={classes.resize}
              x={box.x + box.width - 4}
              y={box.y}
              width={7}
              height={box.height}
            />
            <circle data-role="link-start" className={classes.linkHandle} cx={box.x - 9} cy={mid} r={4} />
            <circle data-role="link-end" className={classes.linkHandle} cx={box.x + box.width + 9} cy={mid} r={4} />
          </g>
        )}
      </g>
      <text
        x={box.x + box.width + (task.atRisk ? 20 : 16)}
        y={mid + 4}
        className={classes.barLabel}
        style={{ display: scale.pxPerDay < 3 && box.width < 40 ? 'none' : undefined }}
      >
        {task.title}
      </text>
      {deadline}
    </>
  );
});

/** A diamond centred on (x, y). */
function diamond(x: number, y: number, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

/** A small warning triangle centred on (x, y). */
function warning(x: number, y: number): string {
  const h = BAR_HEIGHT / 2;
  return `M${x},${y - h / 1.2} L${x + h / 1.1},${y + h / 1.4} L${x - h / 1.1},${y + h / 1.4} Z`;
}
