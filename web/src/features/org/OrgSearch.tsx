import { CloseButton, Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch, IconSitemap } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '../../components/UserAvatar';
import type { ChartIndex, DepartmentEntry, PersonEntry } from './chartModel';
import { matchesAll, normalize, queryWords } from './search';

const LIMIT = 8;

/** Props: the chart index to search, and what to do with the chosen result. */
export interface OrgSearchProps {
  index: ChartIndex;
  onDepartment: (id: string) => void;
  onPerson: (id: string) => void;
}

function useResults(index: ChartIndex, query: string) {
  return useMemo(() => {
    const words = queryWords(query);
    if (words.length === 0) return { departments: [] as DepartmentEntry[], people: [] as PersonEntry[] };
    const departments = [...index.departments.values()]
      .filter((d) => matchesAll(normalize(d.node.name), words))
      .slice(0, LIMIT);
    const people = [...index.people.values()]
      .filter((p) => matchesAll(normalize(`${p.person.name} ${p.person.position ?? ''}`), words))
      .sort((a, b) => a.person.name.localeCompare(b.person.name))
      .slice(0, LIMIT);
    return { departments, people };
  }, [index, query]);
}

interface SearchResultsProps {
  index: ChartIndex;
  departments: DepartmentEntry[];
  people: PersonEntry[];
}

function SearchResults({ index, departments, people }: SearchResultsProps) {
  const { t } = useTranslation();
  const nameOf = (departmentId: string) => index.departments.get(departmentId)?.node.name ?? '';
  return (
    <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
      {departments.length > 0 && (
        <Combobox.Group label={t('org.searchDepartments')}>
          {departments.map((d) => (
            <Combobox.Option key={d.node.id} value={`d:${d.node.id}`}>
              <Group gap="sm" wrap="nowrap">
                <IconSitemap size={18} stroke={1.5} style={{ flex: 'none' }} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {d.node.name}
                  </Text>
                  {d.path.length > 0 && (
                    <Text size="xs" c="dimmed" truncate>
                      {d.path.slice(-2).join(' › ')}
                    </Text>
                  )}
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Group>
      )}
      {people.length > 0 && (
        <Combobox.Group label={t('org.searchPeople')}>
          {people.map((p) => (
            <Combobox.Option key={p.person.id} value={`p:${p.person.id}`} data-testid="org-search-person">
              <Group gap="sm" wrap="nowrap">
                <UserAvatar name={p.person.name} photoUrl={p.person.photoUrl} size={28} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {p.person.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {[p.person.position, nameOf(p.departmentId)].filter(Boolean).join(' · ')}
                  </Text>
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Group>
      )}
      {departments.length === 0 && people.length === 0 && <Combobox.Empty>{t('common.nothingFound')}</Combobox.Empty>}
    </Combobox.Options>
  );
}

/** Search box over the chart's departments and people; choosing a result focuses it on the chart. */
export function OrgSearch({ index, onDepartment, onPerson }: OrgSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { departments, people } = useResults(index, query);
  const submit = (value: string) => {
    const [kind, id = ''] = value.split(':');
    if (kind === 'd') onDepartment(id);
    else onPerson(id);
    const label = kind === 'd' ? index.departments.get(id)?.node.name : index.people.get(id)?.person.name;
    setQuery(label ?? '');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal>
      <Combobox.Target>
        <TextInput
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
            combobox.selectFirstOption();
          }}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          placeholder={t('org.searchPlaceholder')}
          aria-label={t('org.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            query ? (
              <CloseButton
                size="sm"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setQuery('')}
                aria-label={t('common.clear')}
              />
            ) : null
          }
          w={{ base: '100%', sm: 360 }}
          data-testid="org-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!query.trim()}>
        <SearchResults index={index} departments={departments} people={people} />
      </Combobox.Dropdown>
    </Combobox>
  );
}
