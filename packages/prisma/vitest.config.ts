import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The lint test builds a TypeScript program over a generated Prisma client.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
