import { Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChartBar, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateOnly } from '../../i18n/format';
import { useProject } from './ganttApi';

/** The project pages this header links between. */
export type ProjectPage = 'overview' | 'gantt';

/** Props: the project and which of its pages is open; `actions` sit on the right of the title. */
export interface ProjectHeaderProps {
  projectId: string;
  page: ProjectPage;
  actions?: React.ReactNode;
}

/** The project's name, its planned dates and the tabs between its overview and its Gantt chart. */
export function ProjectHeader({ projectId, page, actions }: ProjectHeaderProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const data = project.data;
  const dates =
    data?.startDate || data?.endDate
      ? t('gantt.header.dates', {
          from: data.startDate ? formatDateOnly(data.startDate, i18n.language) : '…',
          to: data.endDate ? formatDateOnly(data.endDate, i18n.language) : '…',
        })
      : null;
  return (
    <Stack gap="sm" mb="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('gantt.header.project')}
          </Text>
          {data ? (
            <Title order={2} lineClamp={1}>
              {data.name}
            </Title>
          ) : (
            <Skeleton h={32} w={260} />
          )}
          {dates && (
            <Text size="sm" c="dimmed">
              {dates}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      <Tabs value={page} onChange={(value) => value && void navigate(`/projects/${projectId}/${value}`)}>
        <Tabs.List>
          <Tabs.Tab value="overview" leftSection={<IconChartBar size={16} />}>
            {t('gantt.header.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="gantt" leftSection={<IconTimeline size={16} />}>
            {t('gantt.header.gantt')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
