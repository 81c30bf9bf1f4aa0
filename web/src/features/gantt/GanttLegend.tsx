import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BAR_COLORS } from './palette';

function Swatch({
  fill,
  done,
  stroke,
  shape = 'bar',
}: {
  fill: string;
  done?: string;
  stroke?: string;
  shape?: 'bar' | 'diamond' | 'line';
}) {
  return (
    <svg width={22} height={12} aria-hidden style={{ flex: 'none' }}>
      {shape === 'bar' && (
        <>
          <rect x={1} y={1} width={20} height={10} rx={3} fill={fill} stroke={stroke} strokeWidth={stroke ? 2 : 0} />
          {done && <rect x={1} y={1} width={9} height={10} rx={3} fill={done} />}
        </>
      )}
      {shape === 'diamond' && <path d="M11,1 L16,6 L11,11 L6,6 Z" fill={fill} />}
      {shape === 'line' && <line x1={11} x2={11} y1={0} y2={12} stroke={fill} strokeWidth={2} />}
    </svg>
  );
}

/** What the colours and marks of the chart mean. */
export function GanttLegend() {
  const { t } = useTranslation();
  const items = [
    { key: 'planned', swatch: <Swatch fill={BAR_COLORS.normal.fill} done={BAR_COLORS.normal.progress} /> },
    { key: 'critical', swatch: <Swatch fill={BAR_COLORS.critical.fill} done={BAR_COLORS.critical.progress} /> },
    { key: 'atRisk', swatch: <Swatch fill={BAR_COLORS.normal.fill} stroke={BAR_COLORS.atRisk} /> },
    { key: 'done', swatch: <Swatch fill={BAR_COLORS.done.progress} /> },
    { key: 'summary', swatch: <Swatch fill={BAR_COLORS.summary.fill} /> },
    { key: 'deadline', swatch: <Swatch fill={BAR_COLORS.deadline} shape="diamond" /> },
    { key: 'today', swatch: <Swatch fill={BAR_COLORS.deadline} shape="line" /> },
  ];
  return (
    <Group gap="md" wrap="wrap" data-testid="gantt-legend" aria-label={t('gantt.legend.label')}>
      {items.map((item) => (
        <Group key={item.key} gap={6} wrap="nowrap">
          {item.swatch}
          <Text size="xs" c="dimmed">
            {t(`gantt.legend.${item.key}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
