import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GanttTask, LinkType } from './types';

/** A link drawn on the chart, waiting for its type to be confirmed. */
export interface LinkDraft {
  predecessor: GanttTask;
  successor: GanttTask;
  type: LinkType;
}

const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** Props: the drawn link (null when closed), and what to do on confirm or cancel. */
export interface LinkTypeModalProps {
  draft: LinkDraft | null;
  saving: boolean;
  onTypeChange: (type: LinkType) => void;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks which kind of dependency the drawn link is, preselecting the one its ends suggest. */
export function LinkTypeModal({ draft, saving, onTypeChange, onConfirm, onClose }: LinkTypeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={draft !== null} onClose={onClose} title={t('gantt.link.title')} centered>
      {draft && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm();
          }}
        >
          <Stack>
            <Text size="sm">
              {t('gantt.link.between', { from: draft.predecessor.title, to: draft.successor.title })}
            </Text>
            <Radio.Group
              value={draft.type}
              onChange={(value) => onTypeChange(value as LinkType)}
              label={t('gantt.link.type')}
            >
              <Stack gap="xs" mt="xs">
                {TYPES.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={`${value} — ${t(`gantt.link.types.${value}`)}`}
                    description={t(`gantt.link.explain.${value}`, {
                      from: draft.predecessor.title,
                      to: draft.successor.title,
                    })}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('gantt.link.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
