import { ActionIcon, Button, Group, Input, Select, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PHONE_TYPES, type ProfileFormValues } from './profileForm';

/** Editable list of phone numbers, each with its kind (work, mobile…). */
export function PhonesInput({ form }: { form: UseFormReturnType<ProfileFormValues> }) {
  const { t } = useTranslation();
  const typeOptions = PHONE_TYPES.map((type) => ({ value: type, label: t(`phoneTypes.${type}`) }));
  return (
    <Input.Wrapper label={t('fields.phones')} error={form.errors.phones}>
      <Stack gap="xs" mt={4}>
        {form.values.phones.map((_, index) => (
          <Group key={form.key(`phones.${index}`)} gap="xs" wrap="nowrap" align="flex-start">
            <Select
              data={typeOptions}
              allowDeselect={false}
              w={130}
              aria-label={t('fields.phoneType')}
              {...form.getInputProps(`phones.${index}.type`)}
            />
            <TextInput
              style={{ flex: 1 }}
              type="tel"
              placeholder={t('profile.phonePlaceholder')}
              aria-label={t('fields.phone')}
              {...form.getInputProps(`phones.${index}.value`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => form.removeListItem('phones', index)}
              aria-label={t('common.remove')}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {form.values.phones.length < 10 && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('phones', { value: '', type: 'mobile' })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('profile.addPhone')}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
