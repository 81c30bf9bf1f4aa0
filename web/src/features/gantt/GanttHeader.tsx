import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_HEIGHT } from './chartModel';
import { majorLabel, unitLabel } from './format';
import classes from './Gantt.module.css';
import { HEADER_UNITS, dayToX, ticks, type TimeScale } from './timeScale';

/** Props: the scale, the horizontal window on screen, and today's day number. */
export interface GanttHeaderProps {
  scale: TimeScale;
  left: number;
  width: number;
  today: number;
}

/** The two-row calendar above the bars; only the cells in view are drawn. */
export const GanttHeader = memo(function GanttHeader({ scale, left, width, today }: GanttHeaderProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const units = HEADER_UNITS[scale.zoom];
  const half = HEADER_HEIGHT / 2;
  const major = ticks(scale, units.major, left, left + width);
  const minor = ticks(scale, units.minor, left, left + width);
  const todayX = dayToX(scale, today);
  return (
    <svg width={scale.width} height={HEADER_HEIGHT} className={classes.chart} aria-hidden>
      {major.map((tick) => {
        // The label sticks to the left edge while its period is in view, as in a calendar.
        const labelX = Math.max(tick.x, Math.min(left, tick.x + tick.width - 90)) + 6;
        return (
          <g key={`M${tick.day}`}>
            <line x1={tick.x} x2={tick.x} y1={0} y2={half} className={classes.headerLine} />
            <text x={labelX} y={half - 8} className={classes.majorLabel}>
              {majorLabel(tick.day, units.major, lng)}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={scale.width} y1={half} y2={half} className={classes.headerLine} />
      {minor.map((tick) => (
        <g key={`m${tick.day}`}>
          <line x1={tick.x} x2={tick.x} y1={half} y2={HEADER_HEIGHT} className={classes.headerLine} />
          {tick.width >= 16 && (
            <text x={tick.x + tick.width / 2} y={HEADER_HEIGHT - 8} textAnchor="middle" className={classes.minorLabel}>
              {unitLabel(tick.day, units.minor, lng, t)}
            </text>
          )}
        </g>
      ))}
      {todayX >= 0 && todayX <= scale.width && (
        <g>
          <title>{t('gantt.today')}</title>
          <line x1={todayX} x2={todayX} y1={HEADER_HEIGHT - 6} y2={HEADER_HEIGHT} className={classes.today} />
          <path d={`M${todayX - 5},${HEADER_HEIGHT - 8} h10 l-5,6 Z`} className={classes.todayMark} />
        </g>
      )}
    </svg>
  );
});
