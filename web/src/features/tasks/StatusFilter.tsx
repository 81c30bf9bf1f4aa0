import { TASK_STATUSES, type TaskStatus } from '@artel/common';
import { Button, Checkbox, Group, Popover, Stack } from '@mantine/core';
import { IconChevronDown, IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from './taskLook';

/** Props: the chosen statuses (empty: any) and the change handler. */
export interface StatusFilterProps {
  value: TaskStatus[];
  onChange: (statuses: TaskStatus[]) => void;
  disabled?: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));

/** A compact status filter: one button saying what is chosen, a list of checkboxes with presets. */
export function StatusFilter({ value, onChange, disabled }: StatusFilterProps) {
  const { t } = useTranslation();
  const label =
    value.length === 0 || value.length === TASK_STATUSES.length
      ? t('tasks.filters.anyStatus')
      : sameSet(value, OPEN_STATUSES)
        ? t('tasks.filters.openStatuses')
        : value.length === 1
          ? t(`tasks.status.${value[0]!}`)
          : t('tasks.filters.statusCount', { count: value.length });
  return (
    <Popover position="bottom-start" shadow="md" width={260}>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFilter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={disabled}
          aria-label={t('tasks.fields.status')}
          data-testid="task-status-filter"
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={() => onChange(OPEN_STATUSES)}>
              {t('tasks.filters.openStatuses')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => onChange(['completed'])}>
              {t('tasks.status.completed')}
            </Button>
            <Button size="compact-xs" variant="light" color="gray" onClick={() => onChange([])}>
              {t('tasks.filters.anyStatus')}
            </Button>
          </Group>
          <Checkbox.Group value={value} onChange={(v) => onChange(v as TaskStatus[])}>
            <Stack gap={6}>
              {TASK_STATUSES.map((s) => (
                <Checkbox key={s} value={s} label={t(`tasks.status.${s}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
