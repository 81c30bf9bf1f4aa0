import { ActionIcon, FileButton, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { errorMessage } from '../../lib/errors';
import { usePhoto } from './profileApi';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/png,image/jpeg,image/webp';

/** The camera button on a profile photo: upload a new one or remove the current one. */
export function PhotoControl({ user }: { user: User }) {
  const { t } = useTranslation();
  const photo = usePhoto(user.id);

  const run = (file: File | null) => {
    if (file && file.size > MAX_BYTES) {
      notifications.show({ color: 'red', message: t('profile.photoTooLarge') });
      return;
    }
    if (file && !ACCEPT.split(',').includes(file.type)) {
      notifications.show({ color: 'red', message: t('profile.photoWrongType') });
      return;
    }
    photo.mutate(file, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t(file ? 'profile.photoUpdated' : 'profile.photoRemoved') }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
    });
  };

  // keepMounted: the hidden file input must outlive the menu closing, or the chosen file is lost.
  return (
    <Menu position="bottom-start" shadow="md" keepMounted>
      <Menu.Target>
        <ActionIcon
          variant="default"
          radius="xl"
          size="lg"
          loading={photo.isPending}
          aria-label={t('profile.changePhoto')}
          style={{ position: 'absolute', right: -2, bottom: -2 }}
        >
          <IconCamera size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <FileButton onChange={run} accept={ACCEPT}>
          {(props) => (
            <Menu.Item leftSection={<IconUpload size={16} />} {...props}>
              {t('profile.uploadPhoto')}
            </Menu.Item>
          )}
        </FileButton>
        {user.photoUrl && (
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => run(null)}>
            {t('profile.removePhoto')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
