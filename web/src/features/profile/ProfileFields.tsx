import { Select, SimpleGrid, Switch, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useOrgOptions } from '../../lib/useOrgOptions';
import { PhonesInput } from './PhonesInput';
import type { ProfileFormValues } from './profileForm';

/** The fields only administrators may change: e-mail, placement, hire date and access. */
export function AdminFields({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useTranslation();
  const options = useOrgOptions();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
      <TextInput label={t('fields.hireDate')} type="date" {...form.getInputProps('hireDate')} />
      <SearchableSelect
        label={t('fields.department')}
        data={options.departments}
        {...form.getInputProps('departmentId')}
      />
      <SearchableSelect label={t('fields.office')} data={options.offices} {...form.getInputProps('officeId')} />
      <Select
        label={t('fields.crmAccess')}
        data={options.crmAccess}
        allowDeselect={false}
        {...form.getInputProps('crmAccess')}
      />
      <Switch label={t('fields.isAdmin')} mt={{ sm: 30 }} {...form.getInputProps('isAdmin', { type: 'checkbox' })} />
    </SimpleGrid>
  );
}

/** The fields everyone may change on their own profile. */
export function OwnFields({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('fields.fullName')} required {...form.getInputProps('name')} />
        <TextInput label={t('fields.position')} {...form.getInputProps('position')} />
        <TextInput label={t('fields.birthday')} type="date" {...form.getInputProps('birthday')} />
      </SimpleGrid>
      <PhonesInput form={form} />
      <TagsInput
        label={t('fields.skills')}
        description={t('profile.skillsHint')}
        maxTags={50}
        clearable
        {...form.getInputProps('skills')}
      />
    </>
  );
}
