import { Button, EmptyState, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { IconArrowsMaximize, IconArrowsMinimize, IconSitemap } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/queries';
import type { OrgChartNode } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { indexChart } from './chartModel';
import { OrgChartCanvas } from './OrgChartCanvas';
import { useOrgChart } from './orgApi';
import { OrgSearch } from './OrgSearch';
import { useChartView } from './useChartView';

/** The canvas fills the window below the header and toolbar, but never gets unusably short. */
const CANVAS_HEIGHT = 'max(420px, calc(100dvh - 56px - 190px))';

function ChartView({ root }: { root: OrgChartNode }) {
  const { t } = useTranslation();
  const index = useMemo(() => indexChart(root), [root]);
  const view = useChartView(index);
  return (
    <>
      <PageHeader
        title={t('org.title')}
        description={t('org.summary', {
          departments: t('org.departmentsCount', { count: index.departments.size }),
          people: t('org.peopleCount', { count: index.totalEmployees }),
        })}
      />
      <Group justify="space-between" mb="sm" gap="sm">
        <OrgSearch index={index} onDepartment={view.focusDepartment} onPerson={view.focusPerson} />
        <Group gap="xs">
          <Button variant="default" size="sm" leftSection={<IconArrowsMaximize size={16} />} onClick={view.expandAll}>
            {t('org.expandAll')}
          </Button>
          <Button variant="default" size="sm" leftSection={<IconArrowsMinimize size={16} />} onClick={view.collapseAll}>
            {t('org.collapseAll')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder h={CANVAS_HEIGHT} style={{ overflow: 'hidden' }}>
        <OrgChartCanvas root={root} view={view} />
      </Paper>
    </>
  );
}

/** Company structure: the interactive org chart. */
export function OrgChartPage() {
  const { t } = useTranslation();
  const chart = useOrgChart();
  const { data: me } = useMe();

  if (chart.isPending) {
    return (
      <Stack>
        <Skeleton h={34} w={280} />
        <Skeleton h={36} w={360} />
        <Skeleton h={CANVAS_HEIGHT} />
      </Stack>
    );
  }
  if (chart.isError) return <ErrorState error={chart.error} onRetry={() => void chart.refetch()} />;
  if (!chart.data) {
    return (
      <>
        <PageHeader title={t('org.title')} />
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconSitemap />}
            withIndicatorBackground
            title={t('org.emptyTitle')}
            description={t('org.emptyDescription')}
          >
            {me?.isAdmin && (
              <EmptyState.Actions>
                <Button component={Link} to="/admin/departments">
                  {t('org.emptyAction')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        </Paper>
      </>
    );
  }
  return <ChartView root={chart.data} />;
}
