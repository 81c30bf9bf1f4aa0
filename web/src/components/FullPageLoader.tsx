import { Center, Loader } from '@mantine/core';

/** Whole-screen spinner while the session or a first page is loading. */
export function FullPageLoader() {
  return (
    <Center h="100dvh" aria-busy="true">
      <Loader type="dots" />
    </Center>
  );
}
