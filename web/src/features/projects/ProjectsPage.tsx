import {
  Button,
  Checkbox,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconBriefcase, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ProjectCard } from './ProjectCard';
import { ProjectFormModal } from './ProjectFormModal';
import { useProjectList } from './projectsApi';

const GRID_COLS = { base: 1, sm: 2, lg: 3 };

/** `/projects`: every project the user may see, as cards, with search, archive and "only mine". */
export function ProjectsPage() {
  const { t } = useTranslation();
  // Filters live in the address so a filtered view can be shared and survives Back.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const archived = params.get('archived') === '1';
  const mine = params.get('mine') === '1';
  const [debouncedQuery] = useDebouncedValue(query, 250);
  const [creating, create] = useDisclosure(false);

  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const list = useProjectList({ q: debouncedQuery, archived, mine });
  const projects = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const filtered = Boolean(query || mine);

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        description={t('projects.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={create.open}>
            {t('projects.new')}
          </Button>
        }
      />
      <Group gap="sm" mb="lg" wrap="wrap">
        <TextInput
          value={query}
          onChange={(e) => setParam('q', e.currentTarget.value)}
          placeholder={t('projects.search')}
          aria-label={t('projects.search')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 260px', maxWidth: 420 }}
        />
        <SegmentedControl
          value={archived ? 'archived' : 'active'}
          onChange={(v) => setParam('archived', v === 'archived' ? '1' : null)}
          data={[
            { value: 'active', label: t('projects.filters.active') },
            { value: 'archived', label: t('projects.filters.archived') },
          ]}
        />
        <Checkbox
          label={t('projects.filters.mine')}
          checked={mine}
          onChange={(e) => setParam('mine', e.currentTarget.checked ? '1' : null)}
        />
      </Group>
      {list.isPending ? (
        <SimpleGrid cols={GRID_COLS} spacing="lg">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={210} radius="md" />
          ))}
        </SimpleGrid>
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : projects.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <EmptyState
            icon={<IconBriefcase />}
            withIndicatorBackground
            title={t(
              filtered ? 'projects.noMatchesTitle' : archived ? 'projects.emptyArchiveTitle' : 'projects.emptyTitle',
            )}
            description={t(
              filtered
                ? 'projects.noMatchesDescription'
                : archived
                  ? 'projects.emptyArchiveDescription'
                  : 'projects.emptyDescription',
            )}
          >
            <EmptyState.Actions>
              {filtered ? (
                <Button variant="default" onClick={() => setParams({}, { replace: true })}>
                  {t('projects.resetFilters')}
                </Button>
              ) : (
                !archived && (
                  <Button leftSection={<IconPlus size={18} />} onClick={create.open}>
                    {t('projects.new')}
                  </Button>
                )
              )}
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <>
          <SimpleGrid cols={GRID_COLS} spacing="lg" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            {projects.map((p) => (
              <ProjectCard key={p.id} project={p} />
            ))}
          </SimpleGrid>
          {list.hasNextPage && (
            <Group justify="center" mt="lg">
              <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      {creating && <ProjectFormModal onClose={create.close} />}
    </>
  );
}
