import {
  Badge,
  Grid,
  Group,
  Paper,
  Progress,
  RingProgress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockExclamation, IconPlayerPlay } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { UserAvatar } from '../../components/UserAvatar';
import { BurndownChart } from './BurndownChart';
import { dayOf, dayOfDate } from './days';
import { formatDay } from './format';
import { useProgress, useProject } from './ganttApi';
import { ProjectHeader } from './ProjectHeader';
import type { ProjectProgress } from './types';

/** The project's dashboard: where it stands, how the work burns down, what is due next and who carries it. */
export function ProjectOverviewPage() {
  const { id = '' } = useParams();
  const progress = useProgress(id);
  return (
    <>
      <ProjectHeader projectId={id} page="overview" />
      {progress.isPending ? (
        <Stack>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} h={92} />
            ))}
          </SimpleGrid>
          <Skeleton h={300} />
        </Stack>
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <Overview projectId={id} data={progress.data} />
      )}
    </>
  );
}

function Overview({ projectId, data }: { projectId: string; data: ProjectProgress }) {
  const { t } = useTranslation();
  const project = useProject(projectId);
  const endDay = project.data?.endDate ? dayOf(project.data.endDate) : null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <StatCard
          testId="stat-completed"
          label={t('gantt.overview.completed')}
          value={data.completed}
          color="teal"
          icon={<IconCircleCheck size={20} />}
        />
        <StatCard
          testId="stat-in-progress"
          label={t('gantt.overview.inProgress')}
          value={data.inProgress}
          color="blue"
          icon={<IconPlayerPlay size={20} />}
        />
        <StatCard
          testId="stat-overdue"
          label={t('gantt.overview.overdue')}
          value={data.overdue}
          color="red"
          icon={<IconClockExclamation size={20} />}
        />
        <StatCard
          testId="stat-at-risk"
          label={t('gantt.overview.atRisk')}
          value={data.atRisk}
          color="orange"
          icon={<IconAlertTriangle size={20} />}
        />
      </SimpleGrid>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="sm">
              {t('gantt.overview.percentTitle')}
            </Title>
            <Stack align="center" gap="xs">
              <RingProgress
                size={170}
                thickness={16}
                roundCaps
                sections={[{ value: data.percent, color: 'teal' }]}
                label={
                  <Text ta="center" fw={700} fz={30} data-testid="percent-done">
                    {t('gantt.overview.percent', { value: data.percent })}
                  </Text>
                }
              />
              <Text size="sm">{t('gantt.overview.doneOf', { done: data.completed, total: data.total })}</Text>
              <Text size="xs" c="dimmed" ta="center">
                {t('gantt.overview.percentHint')}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="sm">
              {t('gantt.overview.burndown')}
            </Title>
            {data.burndown.length > 1 ? (
              <BurndownChart points={data.burndown} endDay={endDay} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('gantt.overview.burndownEmpty')}
              </Text>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="sm">
              {t('gantt.overview.nextDeadlines')}
            </Title>
            <NextDeadlines data={data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="sm">
              {t('gantt.overview.workload')}
            </Title>
            <Workload data={data} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function StatCard(props: { label: string; value: number; color: string; icon: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {props.label}
          </Text>
          <Text fz={30} fw={700} lh={1.1} c={props.value > 0 ? `${props.color}.7` : undefined}>
            {props.value}
          </Text>
        </Stack>
        <ThemeIcon variant="light" color={props.color} size={38} radius="md">
          {props.icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

function NextDeadlines({ data }: { data: ProjectProgress }) {
  const { t, i18n } = useTranslation();
  if (data.nextDeadlines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('gantt.overview.noDeadlines')}
      </Text>
    );
  }
  const people = new Map(data.workload.map((w) => [w.user.id, w.user]));
  const today = dayOfDate(new Date());
  return (
    <Stack gap="xs" data-testid="next-deadlines">
      {data.nextDeadlines.map((task) => {
        const day = dayOf(task.deadline);
        const days = day - today;
        const person = people.get(task.responsibleId);
        return (
          <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" truncate component={Link} to={`/tasks/${task.id}`} c="inherit" title={task.title}>
                {task.title}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {formatDay(day, i18n.language)}
                {person ? ` · ${person.name}` : ''}
              </Text>
            </Stack>
            <Badge
              variant="light"
              color={task.overdue ? 'red' : days <= 2 ? 'orange' : 'gray'}
              style={{ flex: 'none' }}
            >
              {task.overdue
                ? t('gantt.overview.overdueBy', { count: Math.max(1, -days) })
                : days === 0
                  ? t('gantt.overview.dueToday')
                  : t('gantt.overview.dueIn', { count: days })}
            </Badge>
          </Group>
        );
      })}
    </Stack>
  );
}

function Workload({ data }: { data: ProjectProgress }) {
  const { t } = useTranslation();
  if (data.workload.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('gantt.overview.noOpenWork')}
      </Text>
    );
  }
  const most = Math.max(...data.workload.map((w) => w.open), 1);
  return (
    <Stack gap="sm" data-testid="workload">
      {data.workload.map(({ user, open, overdue }) => (
        <Group key={user.id} wrap="nowrap" gap="sm">
          <UserAvatar name={user.name} photoUrl={user.photoUrl} size={32} />
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate component={Link} to={`/people/${user.id}`} c="inherit">
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                {t('gantt.overview.openTasks', { count: open })}
                {overdue > 0 ? ` · ${t('gantt.overview.overdueTasks', { count: overdue })}` : ''}
              </Text>
            </Group>
            <Progress.Root size="md">
              <Progress.Section value={((open - overdue) / most) * 100} color="blue" />
              <Progress.Section value={(overdue / most) * 100} color="red" />
            </Progress.Root>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
