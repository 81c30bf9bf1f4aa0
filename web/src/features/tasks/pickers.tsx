import type { Project, Task } from '@artel/common';
import { MultiSelect, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queries';
import type { Page, User, UserSummary } from '../../api/types';
import { useProjectSearch, useTaskSearch } from './tasksApi';

/** Props shared by the pickers: label, error, description, placeholder and test id. */
type PickerChrome = Pick<
  SelectProps,
  'label' | 'error' | 'description' | 'placeholder' | 'leftSection' | 'style' | 'w'
> & {
  'data-testid'?: string;
};

/** People matching the typed text, searched on the server. */
function usePeopleSearch(search: string) {
  const [debounced] = useDebouncedValue(search, 200);
  return useQuery({
    queryKey: [...queryKeys.users, 'pick', debounced],
    queryFn: ({ signal }) =>
      api<Page<User>>('/users', { signal, query: { q: debounced.trim() || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Props: the chosen people (with names, so chips show without lookups) and the change handler. */
export interface PeoplePickerProps extends PickerChrome {
  value: UserSummary[];
  onChange: (people: UserSummary[]) => void;
}

/** Several employees, typed by name. */
export function PeoplePicker({ value, onChange, ...rest }: PeoplePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const results = usePeopleSearch(search);
  const known = useMemo(() => {
    const map = new Map<string, UserSummary>(value.map((u) => [u.id, u]));
    for (const u of results.data?.items ?? []) {
      if (!map.has(u.id)) map.set(u.id, { id: u.id, name: u.name, position: u.position, photoUrl: u.photoUrl });
    }
    return map;
  }, [value, results.data]);
  const data = [...known.values()].map((u) => ({ value: u.id, label: u.name }));
  return (
    <MultiSelect
      {...rest}
      data={data}
      value={value.map((u) => u.id)}
      onChange={(ids) => onChange(ids.flatMap((id) => known.get(id) ?? []))}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={value.length ? undefined : (rest.placeholder ?? t('common.searchPerson'))}
    />
  );
}

/** A record a single picker shows: its id and the text it is known by. */
interface Choice {
  id: string;
  label: string;
}

/** Props of the single-record picker: server search results, and how to name a record by its id. */
interface OnePickerProps extends PickerChrome {
  value: string | null;
  initial: Choice | null;
  results: Choice[];
  onSearch: (text: string) => void;
  /** Reads the chosen record once when it came from elsewhere (a link, the address). */
  lookup: { queryKey: readonly unknown[]; read: (signal: AbortSignal) => Promise<Choice> };
  onChange: (choice: Choice | null) => void;
  placeholder: string;
}

/** One record typed by its name, searched on the server; the chosen one is named even before a search. */
function OnePicker({ value, initial, results, onSearch, lookup, onChange, ...rest }: OnePickerProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(initial);
  const options = results.map((r) => ({ value: r.id, label: r.label }));
  const known = [chosen, initial].find((c) => c && c.id === value && c.label) ?? null;
  const fetched = useQuery({
    queryKey: lookup.queryKey,
    queryFn: ({ signal }) => lookup.read(signal),
    enabled: Boolean(value) && !known && !options.some((o) => o.value === value),
    staleTime: 60_000,
  });
  const current = known ?? fetched.data ?? null;
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.label });
  return (
    <Select
      {...rest}
      data={options}
      value={value}
      onChange={(id) => {
        const picked = id ? { id, label: options.find((o) => o.value === id)?.label ?? '' } : null;
        setChosen(picked);
        onChange(picked);
      }}
      searchable
      clearable
      onSearchChange={onSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

/** Props: the chosen project and the change handler; `initial` names it before a search ran. */
export interface ProjectPickerProps extends PickerChrome {
  value: string | null;
  initial?: { id: string; name: string } | null;
  onChange: (project: { id: string; name: string } | null) => void;
}

/** One project, typed by name (archived projects take no new tasks and are left out). */
export function ProjectPicker({ value, initial, onChange, ...rest }: ProjectPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useProjectSearch(debounced);
  return (
    <OnePicker
      {...rest}
      value={value}
      initial={initial ? { id: initial.id, label: initial.name } : null}
      results={(results.data?.items ?? []).filter((p) => !p.archived).map((p) => ({ id: p.id, label: p.name }))}
      onSearch={setSearch}
      lookup={{
        queryKey: ['projects', 'one', value ?? ''],
        read: async (signal) => {
          const project = await api<Project>(`/projects/${encodeURIComponent(value ?? '')}`, { signal });
          return { id: project.id, label: project.name };
        },
      }}
      onChange={(c) => onChange(c ? { id: c.id, name: c.label } : null)}
      placeholder={rest.placeholder ?? t('tasks.pickProject')}
    />
  );
}

/** Props: the chosen task and handler; `exclude` hides the task being edited. */
export interface TaskPickerProps extends PickerChrome {
  value: string | null;
  initial?: { id: string; title: string } | null;
  exclude?: string;
  onChange: (task: { id: string; title: string } | null) => void;
}

/** One task, typed by title (tasks the viewer may see). */
export function TaskPicker({ value, initial, exclude, onChange, ...rest }: TaskPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useTaskSearch(debounced);
  return (
    <OnePicker
      {...rest}
      value={value}
      initial={initial ? { id: initial.id, label: initial.title } : null}
      results={(results.data?.items ?? [])
        .filter((task) => task.id !== exclude)
        .map((task) => ({ id: task.id, label: task.title }))}
      onSearch={setSearch}
      lookup={{
        queryKey: ['tasks', 'one', value ?? ''],
        read: async (signal) => {
          const task = await api<Task>(`/tasks/${encodeURIComponent(value ?? '')}`, { signal });
          return { id: task.id, label: task.title };
        },
      }}
      onChange={(c) => onChange(c ? { id: c.id, title: c.label } : null)}
      placeholder={rest.placeholder ?? t('tasks.pickTask')}
    />
  );
}
