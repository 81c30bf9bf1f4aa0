import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { queryKeys, useUser } from '../api/queries';
import type { Page, User } from '../api/types';

/** Props: the chosen user id and change handler, plus Select's label/error/description. */
export interface UserPickerProps extends Pick<SelectProps, 'label' | 'error' | 'description' | 'placeholder'> {
  value?: string | null;
  onChange: (id: string | null) => void;
}

/** Picks one employee by typing a part of the name (searched on the server, so it scales). */
export function UserPicker({ value, onChange, ...rest }: UserPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useUser(value ?? undefined);
  const current = value ?? null;
  const results = useQuery({
    queryKey: [...queryKeys.users, 'pick', debounced],
    queryFn: ({ signal }) =>
      api<Page<User>>('/users', { signal, query: { q: debounced.trim() || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const data = useMemo(() => {
    const options = (results.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
    // The current choice must be among the options or Select cannot show its name.
    if (selected.data && !options.some((o) => o.value === selected.data.id)) {
      options.unshift({ value: selected.data.id, label: selected.data.name });
    }
    return options;
  }, [results.data, selected.data]);

  return (
    <Select
      {...rest}
      data={data}
      value={current}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the typed text; filtering again locally would hide e-mail matches.
      filter={({ options }) => options}
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={rest.placeholder ?? t('common.searchPerson')}
    />
  );
}
