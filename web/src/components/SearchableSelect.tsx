import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A select for long reference lists (departments, offices): type to filter, clear to unset. */
export function SearchableSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <Select searchable clearable nothingFoundMessage={t('common.nothingFound')} {...props} />;
}
