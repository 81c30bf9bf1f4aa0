import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeInZone, formatUtcOffset } from '../../i18n/format';

/** The current time in an office's time zone, refreshed every half minute. */
export function OfficeClock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const time = formatTimeInZone(now, timeZone, i18n.language);
  if (!time) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="office-local-time">
      {t('profile.localTime', { time, offset: formatUtcOffset(now, timeZone) })}
    </Text>
  );
}
