import type { Project } from '@artel/common';
import { Badge, Card, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendar, IconLock, IconUsers, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserAvatar } from '../../components/UserAvatar';
import { formatProjectDates } from './display';
import classes from './ProjectCard.module.css';

/** A visibility badge: open (world) or closed (lock). */
export function VisibilityBadge({ visibility }: { visibility: Project['visibility'] }) {
  const { t } = useTranslation();
  const open = visibility === 'open';
  return (
    <Tooltip label={t(open ? 'projects.visibility.openHint' : 'projects.visibility.closedHint')} withArrow>
      <Badge
        tt="none"
        fw={600}
        variant="light"
        color={open ? 'teal' : 'gray'}
        leftSection={open ? <IconWorld size={12} /> : <IconLock size={12} />}
      >
        {t(open ? 'projects.visibility.open' : 'projects.visibility.closed')}
      </Badge>
    </Tooltip>
  );
}

/** One project in the list: what it is, who runs it, how big it is and how it is going. */
export function ProjectCard({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const dates = formatProjectDates(project.startDate, project.endDate, i18n.language, t);
  const { total, open, overdue } = project.taskCounts;
  const donePercent = total > 0 ? Math.round(((total - open) / total) * 100) : 0;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component={Link}
      to={`/projects/${project.id}`}
      className={classes.card}
      data-testid="project-card"
    >
      <Stack gap="sm" h="100%">
        <Stack gap={6}>
          <Group gap={4} wrap="nowrap">
            <VisibilityBadge visibility={project.visibility} />
            {project.archived && (
              <Badge variant="outline" color="gray" tt="none" fw={600}>
                {t('projects.card.archived')}
              </Badge>
            )}
          </Group>
          <Text fw={600} size="lg" lineClamp={2} className={classes.title}>
            {project.name}
          </Text>
        </Stack>
        {project.description ? (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {project.description}
          </Text>
        ) : null}
        <Group gap="xs" wrap="nowrap" mt="auto">
          <UserAvatar name={project.owner.name} photoUrl={project.owner.photoUrl} size={28} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {project.owner.name}
            </Text>
            <Text size="xs" c="dimmed">
              {project.myRole
                ? t('projects.card.myRole', { role: t(`projects.role.${project.myRole}`) })
                : t('projects.fields.owner')}
            </Text>
          </Stack>
        </Group>
        <Group gap="md" c="dimmed">
          <Group gap={4} wrap="nowrap">
            <IconUsers size={15} />
            <Text size="xs">{t('projects.card.members', { count: project.memberCount })}</Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={15} />
            <Text size="xs">{dates ?? t('projects.card.noDates')}</Text>
          </Group>
        </Group>
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {total === 0 ? t('projects.card.noTasks') : t('projects.card.openTasks', { count: open })}
            </Text>
            {overdue > 0 && (
              <Text size="xs" c="red" fw={600}>
                {t('projects.card.overdue', { count: overdue })}
              </Text>
            )}
          </Group>
          <Progress value={donePercent} size="sm" color={overdue > 0 ? 'orange' : 'teal'} aria-hidden />
        </Stack>
      </Stack>
    </Card>
  );
}
