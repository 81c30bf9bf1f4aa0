import { Alert, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { updateUserSchema } from '@artel/common';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useUser } from '../../api/queries';
import type { User } from '../../api/types';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { zodValidate } from '../../lib/zodForm';
import { AdminFields, OwnFields } from './ProfileFields';
import { useUpdateUser } from './profileApi';
import { buildPatch, PROFILE_FIELDS, valuesFromUser, type ProfileFormValues } from './profileForm';

/** Props: whose profile, whether the editor is an admin, and how to close. */
export interface EditProfileModalProps {
  user: User;
  asAdmin: boolean;
  opened: boolean;
  onClose: () => void;
}

interface Failure {
  message: string;
  stale: boolean;
}

/** Why saving failed; for a stale version, with the way out (reload the latest data). */
function SaveFailure({ failure, onReload }: { failure: Failure; onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block body on purpose: newer browsers return a promise from scrollIntoView, and an effect
    // must return nothing or a cleanup function.
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [failure]);
  return (
    <Alert
      ref={ref}
      color={failure.stale ? 'yellow' : 'red'}
      variant="light"
      icon={<IconAlertCircle size={18} />}
      role="alert"
    >
      <Text size="sm">{failure.message}</Text>
      {failure.stale && (
        <Button size="compact-sm" variant="light" color="yellow" mt="xs" onClick={onReload}>
          {t('common.reload')}
        </Button>
      )}
    </Alert>
  );
}

/** Edits a profile: the person's own fields, plus placement and access for admins. */
export function EditProfileModal({ user, asAdmin, opened, onClose }: EditProfileModalProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const update = useUpdateUser(user.id);
  const fresh = useUser(user.id);
  const [failure, setFailure] = useState<Failure | null>(null);
  const form = useForm<ProfileFormValues>({
    initialValues: valuesFromUser(user),
    validate: (values) => zodValidate(updateUserSchema, t)(buildPatch(user, values, asAdmin)),
  });

  const reload = async () => {
    const result = await fresh.refetch();
    if (result.data) {
      form.setValues(valuesFromUser(result.data));
      form.resetDirty(valuesFromUser(result.data));
    }
    setFailure(null);
  };

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const patch = buildPatch(user, values, asAdmin);
    if (Object.keys(patch).length === 1) return onClose();
    try {
      await update.mutateAsync(patch);
      notifications.show({ color: 'teal', message: t('profile.saved') });
      onClose();
    } catch (err) {
      if (applyFieldErrors(form, err, t, PROFILE_FIELDS)) return;
      setFailure({ message: errorMessage(err, t), stale: isApiError(err, 'stale_version') });
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('profile.editTitle')} size="lg" fullScreen={phone} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <OwnFields form={form} />
          {asAdmin && (
            <>
              <Divider label={t('profile.adminSection')} labelPosition="left" />
              <AdminFields form={form} />
            </>
          )}
          {/* Next to the buttons: in this long form an alert at the top would be scrolled out of sight. */}
          {failure && <SaveFailure failure={failure} onReload={() => void reload()} />}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
