import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/** Artel's Mantine theme: calm blue accent, rounded cards, system fonts (no web-font download). */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
  },
});

/** Key shared with public/theme-init.js, which applies the scheme before React starts. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'artel-color-scheme' });
