import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../components/BrandMark';
import { LanguageMenu } from '../../components/LanguageMenu';
import { ThemeToggle } from '../../components/ThemeToggle';

/** Props: the card's heading, a sub-line and the form. */
export interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
}

/** The frame of the pages seen before signing in: brand, a centred card, language and theme. */
export function AuthLayout({ title, subtitle, children }: AuthLayoutProps) {
  return (
    <Box mih="100dvh" bg="var(--artel-page-bg)" pos="relative">
      <Group pos="absolute" top={12} right={12} gap={4}>
        <LanguageMenu />
        <ThemeToggle />
      </Group>
      <Center mih="100dvh" px="md" py={64}>
        <Stack w="100%" maw={420} gap="lg" align="stretch">
          <Center>
            <BrandMark size="lg" />
          </Center>
          <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 32 }} radius="lg">
            <Stack gap={4} mb="lg">
              <Text component="h1" fz={22} fw={650} m={0}>
                {title}
              </Text>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
