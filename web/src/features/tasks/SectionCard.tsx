import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the task page (checklist, subtasks, links, files). */
export function SectionCard({
  title,
  count,
  actions,
  children,
  testId,
}: {
  title: string;
  count?: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap={6}>
          <Title order={5}>{title}</Title>
          {count && (
            <Text size="sm" c="dimmed">
              {count}
            </Text>
          )}
        </Group>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
