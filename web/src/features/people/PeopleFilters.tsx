import { Group, TextInput } from '@mantine/core';
import { IconBuilding, IconSearch, IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useOrgOptions } from '../../lib/useOrgOptions';

/** Props: current filter values and their setters. */
export interface PeopleFiltersProps {
  query: string;
  departmentId: string | null;
  officeId: string | null;
  onQuery: (value: string) => void;
  onDepartment: (value: string | null) => void;
  onOffice: (value: string | null) => void;
}

/** Search box and department/office filters above the directory. */
export function PeopleFiltersBar(props: PeopleFiltersProps) {
  const { t } = useTranslation();
  const { departments: departmentOptions, offices: officeOptions } = useOrgOptions();
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        value={props.query}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        placeholder={t('people.searchPlaceholder')}
        aria-label={t('people.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        style={{ flex: '1 1 280px' }}
        data-testid="people-search"
        type="search"
      />
      <SearchableSelect
        data={departmentOptions}
        value={props.departmentId}
        onChange={props.onDepartment}
        placeholder={t('people.allDepartments')}
        aria-label={t('fields.department')}
        leftSection={<IconSitemap size={16} />}
        style={{ flex: '1 1 220px' }}
        maw={{ sm: 300 }}
      />
      <SearchableSelect
        data={officeOptions}
        value={props.officeId}
        onChange={props.onOffice}
        placeholder={t('people.allOffices')}
        aria-label={t('fields.office')}
        leftSection={<IconBuilding size={16} />}
        style={{ flex: '1 1 200px' }}
        maw={{ sm: 260 }}
      />
    </Group>
  );
}
