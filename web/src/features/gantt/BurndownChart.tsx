import { Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { burndownGeometry, type BurndownPoint } from './burndownModel';
import { dayOfDate } from './days';
import { formatDay } from './format';

const HEIGHT = 220;
const PAD = { left: 36, right: 12, top: 10, bottom: 24 };

/** Props: the server's points and the project's end day (for the ideal line), if planned. */
export interface BurndownChartProps {
  points: readonly BurndownPoint[];
  endDay: number | null;
}

/** Open tasks per day, against the total in the project and a straight line to zero on the end date. */
export function BurndownChart({ points, endDay }: BurndownChartProps) {
  const { t, i18n } = useTranslation();
  const { ref, width } = useElementSize();
  const innerWidth = Math.max(0, width - PAD.left - PAD.right);
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const g = width > 0 ? burndownGeometry(points, innerWidth, innerHeight, endDay) : null;
  const path = (list: { x: number; y: number }[]) => list.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
  const last = points.at(-1);
  const today = dayOfDate(new Date());
  return (
    <div ref={ref} data-testid="burndown">
      <svg
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={
          last ? t('gantt.overview.burndownSummary', { remaining: last.remaining, total: last.total }) : undefined
        }
      >
        {g && (
          <g transform={`translate(${PAD.left},${PAD.top})`}>
            {g.yTicks.map((tick) => (
              <g key={tick.value}>
                <line x1={0} x2={innerWidth} y1={tick.y} y2={tick.y} stroke="var(--mantine-color-default-border)" />
                <text x={-8} y={tick.y + 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)">
                  {tick.value}
                </text>
              </g>
            ))}
            {[g.firstDay, g.lastDay].map((day, i) => (
              <text
                key={day}
                x={g.xOf(day)}
                y={innerHeight + 16}
                textAnchor={i === 0 ? 'start' : 'end'}
                fontSize={11}
                fill="var(--mantine-color-dimmed)"
              >
                {formatDay(day, i18n.language)}
              </text>
            ))}
            {today > g.firstDay && today < g.lastDay && (
              <line
                x1={g.xOf(today)}
                x2={g.xOf(today)}
                y1={0}
                y2={innerHeight}
                stroke="var(--mantine-color-red-4)"
                strokeDasharray="2 3"
              />
            )}
            {g.ideal && (
              <line
                {...g.ideal}
                stroke="var(--mantine-color-gray-5)"
                strokeDasharray="5 4"
                strokeWidth={1.5}
                data-testid="burndown-ideal"
              />
            )}
            <path d={path(g.total)} fill="none" stroke="var(--mantine-color-gray-6)" strokeWidth={1.5} />
            <path
              d={`${path(g.remaining)}L${g.remaining.at(-1)!.x},${innerHeight}L0,${innerHeight}Z`}
              fill="var(--mantine-color-blue-light)"
            />
            <path
              d={path(g.remaining)}
              fill="none"
              stroke="var(--mantine-color-blue-6)"
              strokeWidth={2.5}
              data-testid="burndown-remaining"
            />
          </g>
        )}
      </svg>
      <Group gap="md" mt={4}>
        <Legend color="var(--mantine-color-blue-6)" label={t('gantt.overview.remaining')} />
        <Legend color="var(--mantine-color-gray-6)" label={t('gantt.overview.scope')} />
        {g?.ideal && <Legend color="var(--mantine-color-gray-5)" dashed label={t('gantt.overview.ideal')} />}
      </Group>
    </div>
  );
}

function Legend({ color, label, dashed }: { color: string; label: string; dashed?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={18} height={8} aria-hidden>
        <line
          x1={0}
          x2={18}
          y1={4}
          y2={4}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dashed ? '4 3' : undefined}
        />
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
