import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run on the TypeScript sources of the shared package, no build needed.
    alias: { '@artel/common': fileURLToPath(new URL('./common/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['common/src/**/*.test.ts', 'server/src/**/*.test.ts', 'bench/src/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['server/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: parallel files on PostgreSQL and SQLite, each with its own database.
    maxWorkers: 2,
  },
});
