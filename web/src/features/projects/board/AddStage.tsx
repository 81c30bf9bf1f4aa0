import { ActionIcon, Button, Group, Paper, TextInput } from '@mantine/core';
import { IconCheck, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Board.module.css';

/** The last column of the board: a button that becomes a name input for a new stage. */
export function AddStage({ saving, onAdd }: { saving: boolean; onAdd: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  if (name === null) {
    return (
      <div className={classes.addColumn}>
        <Button variant="default" fullWidth leftSection={<IconPlus size={16} />} onClick={() => setName('')}>
          {t('projects.board.addStage')}
        </Button>
      </div>
    );
  }
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      await onAdd(trimmed);
      setName(null);
    } catch {
      // The failure is shown by the caller; keep the typed name so it can be retried.
    }
  };
  return (
    <Paper withBorder radius="md" p="sm" className={classes.addColumn}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Group gap={6} wrap="nowrap">
          <TextInput
            autoFocus
            size="sm"
            value={name}
            maxLength={100}
            placeholder={t('projects.board.stageNamePlaceholder')}
            aria-label={t('projects.board.stageName')}
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setName(null)}
            style={{ flex: 1 }}
          />
          <ActionIcon type="submit" size="lg" loading={saving} aria-label={t('common.create')}>
            <IconCheck size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setName(null)}
            aria-label={t('common.cancel')}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      </form>
    </Paper>
  );
}
