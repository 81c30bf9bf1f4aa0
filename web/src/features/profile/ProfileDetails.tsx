import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconCake, IconCalendar, IconMail, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgLookups, User } from '../../api/types';
import { formatDateOnly } from '../../i18n/format';
import { OfficeClock } from './OfficeClock';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Item({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Text c="dimmed" mt={2} style={{ display: 'flex' }}>
        {icon}
      </Text>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

/** Contacts, work details and skills of a profile. */
export function ProfileDetails({ user, lookups }: { user: User; lookups: OrgLookups }) {
  const { t, i18n } = useTranslation();
  const office = user.officeId ? lookups.offices.get(user.officeId) : undefined;
  const iconProps = { size: 18, stroke: 1.6 };
  return (
    <Stack gap="lg">
      <Section title={t('profile.contacts')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Item icon={<IconMail {...iconProps} />} label={t('fields.email')}>
            <Anchor href={`mailto:${user.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
              {user.email}
            </Anchor>
          </Item>
          {user.phones.map((p, i) => (
            <Item key={`${p.value}-${i}`} icon={<IconPhone {...iconProps} />} label={t(`phoneTypes.${p.type}`)}>
              <Anchor href={`tel:${p.value.replace(/[^\d+]/g, '')}`} size="sm">
                {p.value}
              </Anchor>
            </Item>
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('profile.work')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Item icon={<IconBuilding {...iconProps} />} label={t('fields.office')}>
            <Text size="sm">{office ? office.city : t('profile.notSet')}</Text>
            {office && (
              <Text size="sm" c="dimmed">
                {office.name}
              </Text>
            )}
            {office && <OfficeClock timeZone={office.timezone} />}
          </Item>
          <Item icon={<IconCalendar {...iconProps} />} label={t('fields.hireDate')}>
            <Text size="sm">{user.hireDate ? formatDateOnly(user.hireDate, i18n.language) : t('profile.notSet')}</Text>
          </Item>
          <Item icon={<IconCake {...iconProps} />} label={t('fields.birthday')}>
            {/* The year is private enough to leave out; colleagues need the day. */}
            <Text size="sm">
              {user.birthday ? formatDateOnly(user.birthday, i18n.language, false) : t('profile.notSet')}
            </Text>
          </Item>
        </SimpleGrid>
      </Section>
      <Section title={t('fields.skills')}>
        {user.skills.length > 0 ? (
          <Group gap="xs">
            {user.skills.map((s) => (
              <Badge key={s} variant="light" size="lg" radius="sm" tt="none" fw={500}>
                {s}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('profile.noSkills')}
          </Text>
        )}
      </Section>
    </Stack>
  );
}
