// Playwright drives Debian's Chromium (no browser download) against the release
// build that `cargo xtask test` serves on loopback; TRYGG_URL says where.
import { defineConfig } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';

const baseURL = process.env.TRYGG_URL;
if (!baseURL) {
  throw new Error('TRYGG_URL is not set: run the end-to-end tests through `cargo xtask test`.');
}

export default defineConfig({
  testDir: './specs',
  // One browser at a time: on two shared cores, parallel browsers starve each
  // other (Argon2, wasm compilation, the kill test) and time out at random.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.TRYGG_E2E_JSON || 'results.json' }]],
  use: {
    baseURL,
    viewport: { width: 1024, height: 768 },
    launchOptions: LAUNCH,
  },
});
