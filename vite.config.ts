import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { offline } from './build/offline.ts';
import { singleFilePage } from './build/page.ts';
import { scenarioTitles } from './build/scenarioTitles.ts';

// `base: './'` makes every asset and worker URL relative, so `dist/` works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), scenarioTitles(), offline(), singleFilePage()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'docs/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
