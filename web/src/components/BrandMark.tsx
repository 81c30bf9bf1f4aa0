import { Group, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Artel logo: a letter mark plus the product name in the UI language. */
export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const big = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon
        size={big ? 40 : 30}
        radius="md"
        variant="gradient"
        gradient={{ from: 'blue.6', to: 'cyan.5', deg: 135 }}
      >
        <Text fw={800} fz={big ? 22 : 17} c="white" lh={1}>
          {t('app.logoLetter')}
        </Text>
      </ThemeIcon>
      <Text fw={700} fz={big ? 26 : 19} lh={1}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
