import type { Project } from '@artel/common';
import { Alert, Anchor, Button, Group, Paper, Skeleton, Spoiler, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconCalendar, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { Markdown } from '../../components/markdown/Markdown';
import { UserAvatar } from '../../components/UserAvatar';
import { formatProjectDates, projectErrorMessage } from './display';
import { VisibilityBadge } from './ProjectCard';
import type { ProjectOutlet } from './projectContext';
import { ProjectFormModal } from './ProjectFormModal';
import { projectTabs } from './projectTabs';
import { useProject, useUpdateProject } from './projectsApi';

function ProjectHeader({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  const [archiving, archive] = useDisclosure(false);
  const update = useUpdateProject(project.id);
  const dates = formatProjectDates(project.startDate, project.endDate, i18n.language, t);

  const setArchived = async (archived: boolean) => {
    try {
      await update.mutateAsync({ archived, version: project.version });
      notifications.show({
        color: 'teal',
        message: t(archived ? 'projects.header.archivedDone' : 'projects.header.restored'),
      });
      archive.close();
    } catch (err) {
      notifications.show({ color: 'red', message: projectErrorMessage(err, t) });
    }
  };

  return (
    <Stack gap="sm" mb="md">
      <Anchor component={Link} to="/projects" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('projects.header.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} style={{ overflowWrap: 'anywhere' }}>
              {project.name}
            </Title>
            <VisibilityBadge visibility={project.visibility} />
          </Group>
          <Group gap="lg" c="dimmed" wrap="wrap">
            <Group gap={6} wrap="nowrap">
              <UserAvatar name={project.owner.name} photoUrl={project.owner.photoUrl} size={22} />
              <Text size="sm">
                {t('projects.header.ownerLabel')}:{' '}
                <Anchor component={Link} to={`/people/${project.owner.id}`} size="sm">
                  {project.owner.name}
                </Anchor>
              </Text>
            </Group>
            {dates && (
              <Group gap={6} wrap="nowrap">
                <IconCalendar size={16} />
                <Text size="sm">{dates}</Text>
              </Group>
            )}
          </Group>
          {project.description && (
            // The description is Markdown like a task's; a long one folds to its first lines.
            <Spoiler
              maw={820}
              fz="sm"
              maxHeight={72}
              showLabel={t('projects.header.showMore')}
              hideLabel={t('projects.header.showLess')}
            >
              <Markdown source={project.description} />
            </Spoiler>
          )}
        </Stack>
        <Group gap="xs">
          {project.abilities.edit && (
            <Button variant="default" leftSection={<IconSettings size={16} />} onClick={edit.open}>
              {t('projects.header.edit')}
            </Button>
          )}
          {project.abilities.archive &&
            (project.archived ? (
              <Button
                variant="default"
                leftSection={<IconArchiveOff size={16} />}
                loading={update.isPending}
                onClick={() => void setArchived(false)}
              >
                {t('projects.header.unarchive')}
              </Button>
            ) : (
              <Button variant="default" color="gray" leftSection={<IconArchive size={16} />} onClick={archive.open}>
                {t('projects.header.archive')}
              </Button>
            ))}
        </Group>
      </Group>
      {project.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
          {t('projects.header.archived')}
        </Alert>
      )}
      {editing && <ProjectFormModal project={project} onClose={edit.close} />}
      <ConfirmDialog
        opened={archiving}
        title={t('projects.header.archiveTitle')}
        message={t('projects.header.archiveMessage')}
        confirmLabel={t('projects.header.archive')}
        loading={update.isPending}
        onConfirm={() => void setArchived(true)}
        onClose={archive.close}
      />
    </Stack>
  );
}

/** The tab strip: one tab per entry of `projectTabs`, each a link to its nested route. */
function ProjectTabsBar({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/projects/${projectId}`;
  const active = projectTabs.find(
    (tab) => pathname === `${base}/${tab.path}` || pathname.startsWith(`${base}/${tab.path}/`),
  );
  return (
    <Tabs value={active?.path ?? null} mb="lg" aria-label={t('projects.tabs.label')}>
      <Tabs.List>
        {projectTabs.map((tab) => (
          <Tabs.Tab
            key={tab.path}
            value={tab.path}
            renderRoot={(props) => <Link to={`${base}/${tab.path}`} {...props} />}
          >
            {t(tab.labelKey)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

function ProjectSkeleton() {
  return (
    <Stack gap="md">
      <Skeleton h={16} w={120} />
      <Skeleton h={34} w="40%" />
      <Skeleton h={18} w="30%" />
      <Skeleton h={36} mt="md" />
      <Paper withBorder p="md">
        <Skeleton h={260} />
      </Paper>
    </Stack>
  );
}

/** `/projects/:id`: the header and the tabs, with the active tab rendered below as a nested route. */
export function ProjectLayout() {
  const { id } = useParams();
  const project = useProject(id);
  if (project.isPending) return <ProjectSkeleton />;
  if (project.isError) {
    // A closed project is 404 to outsiders, exactly like a missing one: nothing to tell apart.
    if (isApiError(project.error) && project.error.status === 404) return <NotFoundPage />;
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }
  const outlet: ProjectOutlet = { project: project.data };
  return (
    <>
      <ProjectHeader project={project.data} />
      <ProjectTabsBar projectId={project.data.id} />
      <Outlet context={outlet} />
    </>
  );
}
