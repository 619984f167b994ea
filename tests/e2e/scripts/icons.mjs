// Renders the app's icons for the web app manifest from public/icon.svg, once; the
// PNGs are committed (public/icons/). Run again only when the icon changes:
//   cd tests/e2e && node scripts/icons.mjs
// - icon-192.png, icon-512.png: the icon as it is (rounded square, transparent corners)
// - icon-maskable-512.png, icon-maskable-192.png: full-bleed square for launchers that
//   cut their own shape; the shield stays inside the central safe zone (80 %)
// - apple-touch-icon.png (180): full-bleed too, iOS rounds the corners itself
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';

const root = new URL('../../../', import.meta.url);
const svg = readFileSync(new URL('public/icon.svg', root), 'utf8');
// The same drawing without the rounded corners: the background fills the square.
const fullBleed = svg.replace(/ rx="[^"]*"/, '');
if (fullBleed === svg) throw new Error('public/icon.svg changed shape: update scripts/icons.mjs');

const outputs = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-192.png', fullBleed, 192],
  ['icon-maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
];

const browser = await chromium.launch(LAUNCH);
for (const [name, drawing, size] of outputs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = drawing.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: new URL(`public/icons/${name}`, root).pathname, omitBackground: true });
  await page.close();
  console.log(`public/icons/${name}`);
}
await browser.close();
