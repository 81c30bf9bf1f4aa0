import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { User } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/errors';
import { useStoreUser } from './profileApi';

/**
 * Deactivating and reactivating accounts (admins). Deactivation asks first; reactivation is
 * harmless and happens at once. Render `dialog` once where the hook is used.
 */
export function useActivation() {
  const { t } = useTranslation();
  const store = useStoreUser();
  const [confirming, setConfirming] = useState<User | null>(null);
  const mutation = useMutation({
    mutationFn: (user: User) =>
      api<User>(`/users/${encodeURIComponent(user.id)}`, {
        method: 'PATCH',
        body: { isActive: !user.isActive, version: user.version },
      }),
    onSuccess: store,
  });

  const run = (user: User) =>
    mutation.mutate(user, {
      onSuccess: (saved) =>
        notifications.show({
          color: 'teal',
          message: t(saved.isActive ? 'profile.reactivated' : 'profile.deactivated'),
        }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
      onSettled: () => setConfirming(null),
    });

  const dialog = (
    <ConfirmDialog
      opened={confirming !== null}
      title={t('profile.deactivateTitle')}
      message={t('profile.deactivateMessage', { name: confirming?.name ?? '' })}
      confirmLabel={t('profile.deactivate')}
      danger
      loading={mutation.isPending}
      onConfirm={() => confirming && run(confirming)}
      onClose={() => setConfirming(null)}
    />
  );

  return { toggle: (user: User) => (user.isActive ? setConfirming(user) : run(user)), dialog };
}
