import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createOfficeSchema } from '@artel/common';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../api/types';
import { applyFieldErrors, errorMessage } from '../../../lib/errors';
import { zodValidate } from '../../../lib/zodForm';
import { useSaveOffice } from '../adminApi';

const FIELDS = ['name', 'city', 'timezone'] as const;

/** Every IANA zone the browser knows, for the time zone select. */
function useTimeZones(): string[] {
  return useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone');
    } catch {
      return ['UTC'];
    }
  }, []);
}

/** Creates an office, or edits one when `office` is given. */
export function OfficeModal({ office, onClose }: { office: Office | null; onClose: () => void }) {
  const { t } = useTranslation();
  const zones = useTimeZones();
  const save = useSaveOffice();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: office?.name ?? '',
      city: office?.city ?? '',
      timezone: office?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    validate: zodValidate(createOfficeSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({
        ...values,
        name: values.name.trim(),
        city: values.city.trim(),
        ...(office ? { id: office.id, version: office.version } : {}),
      });
      notifications.show({ color: 'teal', message: t(office ? 'admin.offices.saved' : 'admin.offices.created') });
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, t, FIELDS)) setFailure(errorMessage(err, t));
    }
  });

  return (
    <Modal opened onClose={onClose} title={t(office ? 'admin.offices.editTitle' : 'admin.offices.newTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light">
              {failure}
            </Alert>
          )}
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('fields.city')} required {...form.getInputProps('city')} />
          <Select
            label={t('fields.timezone')}
            data={zones}
            searchable
            allowDeselect={false}
            limit={50}
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('timezone')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(office ? 'common.save' : 'common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
