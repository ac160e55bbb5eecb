import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the project's own tests: scratch files under .tmp/ and installed packages are not ours.
    include: ['test/**/*.test.ts'],
  },
});
