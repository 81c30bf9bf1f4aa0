import { ActionIcon, Button, Collapse, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconSearch,
  IconSortAscending,
  IconSortDescending,
  IconTag,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UserPicker } from '../../components/UserPicker';
import { ProjectPicker } from './pickers';
import { StatusFilter } from './StatusFilter';
import type { useTaskFilters } from './useTaskFilters';

/** Props: the filter state and its setter from `useTaskFilters`. */
export type TaskFiltersBarProps = Pick<ReturnType<typeof useTaskFilters>, 'raw' | 'set'>;

const SORTS = ['deadline', 'priority', 'updatedAt', 'createdAt', 'title'] as const;

/** Text search, status and sort always visible; project, people, deadline and tag one click away. */
export function TaskFiltersBar({ raw, set }: TaskFiltersBarProps) {
  const { t } = useTranslation();
  const moreActive = Boolean(
    raw.projectId || raw.responsibleId || raw.creatorId || raw.deadlineFrom || raw.deadlineTo || raw.tag,
  );
  const [more, { toggle }] = useDisclosure(moreActive);
  return (
    <>
      <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
        <TextInput
          value={raw.q}
          onChange={(e) => set({ q: e.currentTarget.value })}
          placeholder={t('tasks.filters.search')}
          aria-label={t('tasks.filters.search')}
          leftSection={<IconSearch size={16} />}
          style={{ flex: '1 1 240px' }}
          type="search"
          data-testid="task-search"
        />
        <StatusFilter
          value={raw.status}
          onChange={(v) => set({ status: v.length ? v.join(',') : 'all' })}
          disabled={Boolean(raw.awaiting)}
        />
        <Group gap={4} wrap="nowrap">
          <Select
            data={SORTS.map((s) => ({ value: s, label: t(`tasks.sort.${s}`) }))}
            value={raw.sort}
            onChange={(v) => set({ sort: v })}
            allowDeselect={false}
            aria-label={t('tasks.sort.label')}
            w={170}
          />
          <Tooltip label={t(raw.order === 'asc' ? 'tasks.sort.asc' : 'tasks.sort.desc')}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => set({ order: raw.order === 'asc' ? 'desc' : null })}
              aria-label={t(raw.order === 'asc' ? 'tasks.sort.asc' : 'tasks.sort.desc')}
            >
              {raw.order === 'asc' ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
        <Button
          variant={moreActive ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          onClick={toggle}
          aria-expanded={more}
        >
          {t('tasks.filters.more')}
        </Button>
      </Group>
      <Collapse expanded={more}>
        <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
          <ProjectPicker
            value={raw.projectId}
            onChange={(p) => set({ project: p?.id ?? null })}
            label={t('tasks.fields.project')}
            style={{ flex: '1 1 200px' }}
          />
          <div style={{ flex: '1 1 200px' }}>
            <UserPicker
              value={raw.responsibleId}
              onChange={(id) => set({ responsible: id })}
              label={t('tasks.fields.responsible')}
            />
          </div>
          <div style={{ flex: '1 1 200px' }}>
            <UserPicker
              value={raw.creatorId}
              onChange={(id) => set({ creator: id })}
              label={t('tasks.fields.creator')}
            />
          </div>
          <TextInput
            type="date"
            label={t('tasks.filters.deadlineFrom')}
            value={raw.deadlineFrom ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value })}
            w={160}
          />
          <TextInput
            type="date"
            label={t('tasks.filters.deadlineTo')}
            value={raw.deadlineTo ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value })}
            w={160}
          />
          <TextInput
            label={t('tasks.fields.tag')}
            value={raw.tag}
            onChange={(e) => set({ tag: e.currentTarget.value })}
            leftSection={<IconTag size={16} />}
            w={170}
          />
        </Group>
      </Collapse>
    </>
  );
}
