import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OrgLookups, User } from '../../api/types';
import { UserAvatar } from '../../components/UserAvatar';
import classes from './PersonRow.module.css';

/** Props: the person, name lookups and whether to use the one-column phone layout. */
export interface PersonRowProps {
  user: User;
  lookups: OrgLookups;
  compact: boolean;
  /** Offset and height inside the virtual list (numbers, not a style object, so memo holds while scrolling). */
  top: number;
  height: number;
}

function officeOf(user: User, lookups: OrgLookups) {
  return user.officeId ? lookups.offices.get(user.officeId) : undefined;
}

function Contacts({ user }: { user: User }) {
  const phone = user.phones[0]?.value;
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap={6} wrap="nowrap">
        <IconMail size={14} style={{ flex: 'none', opacity: 0.6 }} />
        <Text size="sm" truncate component="a" href={`mailto:${user.email}`} className={classes.contact} onClick={stop}>
          {user.email}
        </Text>
      </Group>
      {phone && (
        <Group gap={6} wrap="nowrap">
          <IconPhone size={14} style={{ flex: 'none', opacity: 0.6 }} />
          <Text
            size="sm"
            truncate
            component="a"
            href={`tel:${phone.replace(/[^\d+]/g, '')}`}
            className={classes.contact}
            onClick={stop}
          >
            {phone}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** One person in the directory (the whole row opens the profile). */
export const PersonRow = memo(function PersonRow({ user, lookups, compact, top, height }: PersonRowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const department = user.departmentId ? lookups.departments.get(user.departmentId)?.name : undefined;
  const office = officeOf(user, lookups);
  const nameBlock = (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <UserAvatar name={user.name} photoUrl={user.photoUrl} size={compact ? 44 : 40} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text
            component={Link}
            to={`/people/${user.id}`}
            size="sm"
            truncate
            className={classes.name}
            onClick={(e) => e.stopPropagation()}
          >
            {user.name}
          </Text>
          {!user.isActive && (
            <Badge size="xs" color="gray" variant="light" style={{ flex: 'none' }}>
              {t('people.inactive')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {user.position ?? t('people.noPosition')}
        </Text>
        {compact && (
          <Text size="xs" c="dimmed" truncate>
            {[department, office?.city].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
  return (
    <div
      className={`${classes.row} ${compact ? classes.compact : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, width: '100%', height, transform: `translateY(${top}px)` }}
      onClick={() => void navigate(`/people/${user.id}`)}
      data-testid="person-row"
    >
      {nameBlock}
      {!compact && (
        <>
          <Text size="sm" truncate>
            {department ?? '—'}
          </Text>
          {office ? (
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" truncate>
                {office.city}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {office.name}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">—</Text>
          )}
          <Contacts user={user} />
        </>
      )}
    </div>
  );
});

/** Column titles above the directory on wide screens. */
export function PeopleListHeader() {
  const { t } = useTranslation();
  return (
    <div className={`${classes.row} ${classes.header}`}>
      {(['people.colName', 'people.colDepartment', 'people.colOffice', 'people.colContacts'] as const).map((key) => (
        <Text key={key} size="xs" fw={600} c="dimmed" tt="uppercase">
          {t(key)}
        </Text>
      ))}
    </div>
  );
}
