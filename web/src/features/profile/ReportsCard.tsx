import { Group, Paper, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserSummary } from '../../api/types';
import { UserAvatar } from '../../components/UserAvatar';

function PersonLink({ person }: { person: UserSummary }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      component={Link}
      to={`/people/${person.id}`}
      style={{ display: 'block', borderRadius: 8 }}
      p={6}
      mx={-6}
    >
      <Group gap="sm" wrap="nowrap">
        <UserAvatar name={person.name} photoUrl={person.photoUrl} size={36} />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            {person.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {person.position ?? t('people.noPosition')}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}

/** Props: a titled list of people (or undefined while loading) and the text when empty. */
export interface PeopleCardProps {
  title: string;
  people: UserSummary[] | undefined;
  emptyText: string;
  testId?: string;
  /** Show how many there are next to the title (useful for lists, not for a single manager). */
  withCount?: boolean;
}

/** A side card listing people: the manager, or the direct reports. */
export function PeopleCard({ title, people, emptyText, testId, withCount = false }: PeopleCardProps) {
  return (
    <Paper withBorder p="lg" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
        {withCount && people && people.length > 0 && (
          <Text span c="dimmed" fw={400} ml={6}>
            {people.length}
          </Text>
        )}
      </Title>
      {!people ? (
        <Stack gap="sm">
          <Skeleton h={36} />
          <Skeleton h={36} />
        </Stack>
      ) : people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap={2}>
          {people.map((p) => (
            <PersonLink key={p.id} person={p} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
