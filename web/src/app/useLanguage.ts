import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import { queryKeys } from '../api/queries';
import type { User } from '../api/types';
import { applyLanguage, toLanguage, type Language } from '../i18n';
import { errorMessage } from '../lib/errors';

/** Follows the signed-in user's saved language whenever it (or the user) changes. */
export function useSyncUserLanguage(user: User | undefined): void {
  const locale = user?.locale;
  useEffect(() => {
    if (locale) void applyLanguage(toLanguage(locale));
  }, [locale]);
}

/**
 * Returns a function that switches the UI language at once and, when someone is signed in, saves it
 * on their profile so it follows them to other devices.
 */
export function useChangeLanguage(): (lng: Language) => Promise<void> {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useCallback(
    async (lng: Language) => {
      await applyLanguage(lng);
      const me = queryClient.getQueryData<User>(queryKeys.me);
      if (!me || me.locale === lng) return;
      const save = (version: number) =>
        api<User>(`/users/${me.id}`, { method: 'PATCH', body: { locale: lng, version } });
      try {
        queryClient.setQueryData(queryKeys.me, await save(me.version));
      } catch (err) {
        // The profile changed elsewhere meanwhile; the language is ours to set, so retry on the fresh version.
        if (isApiError(err, 'stale_version')) {
          const fresh = await api<User>('/me');
          queryClient.setQueryData(queryKeys.me, await save(fresh.version));
          return;
        }
        notifications.show({ color: 'red', message: errorMessage(err, t) });
      }
    },
    [queryClient, t],
  );
}
