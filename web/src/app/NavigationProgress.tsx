import { Progress } from '@mantine/core';
import { useNavigation } from 'react-router';

/** A thin bar at the top while the next page's code is being fetched. */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <Progress
      value={100}
      animated
      size={3}
      radius={0}
      aria-hidden
      style={{ position: 'fixed', top: 'var(--app-shell-header-height, 56px)', left: 0, right: 0, zIndex: 200 }}
    />
  );
}
