// Accessibility check of Polypress HTML editions in headless Chromium.
//
//   node check.mjs <html-dir> <screenshot-dir>
//
// Loads every complete page under <html-dir> (*.html, recursively; *.fragment.html are
// skipped: they are the same article without a page around it; so is archive/, whose bags hold
// copies of the same editions), runs axe-core on it in the
// light and in the dark colour scheme, and writes screenshots at 375 px (phone) and 1280 px
// (desktop) width, plus a dark one at 1280 px. Exits 1 when any page has a violation of
// serious or critical impact, 2 on a usage or browser error.

import { mkdtemp, readdir, rm, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FAILING = new Set(['serious', 'critical']);
const WIDTHS = [375, 1280];

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'archive') {
      out.push(...await htmlFiles(file));
    } else if (entry.isFile() && entry.name.endsWith('.html') && !entry.name.endsWith('.fragment.html')) {
      out.push(file);
    }
  }
  return out.sort();
}

async function audit(page, scheme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => ({ ...v, scheme }));
}

function report(name, violations) {
  let failing = 0;
  for (const v of violations) {
    const fails = FAILING.has(v.impact);
    failing += fails ? 1 : 0;
    console.log(`  ${fails ? 'FAIL' : 'note'} [${v.impact}] ${v.id} (${v.scheme}): ${v.help}`);
    for (const node of v.nodes.slice(0, 5)) {
      console.log(`       ${node.target.join(' ')}`);
    }
    if (v.nodes.length > 5) {
      console.log(`       ... and ${v.nodes.length - 5} more`);
    }
  }
  console.log(`${failing ? 'FAIL' : 'ok  '} ${name}: ${violations.length} violation(s), ${failing} serious or critical`);
  return failing;
}

async function main() {
  const [htmlDir, shotDir] = process.argv.slice(2);
  if (!htmlDir || !shotDir) {
    console.error('usage: node check.mjs <html-dir> <screenshot-dir>');
    return 2;
  }
  const files = await htmlFiles(path.resolve(htmlDir));
  if (files.length === 0) {
    console.error(`no .html files under ${htmlDir}`);
    return 2;
  }
  await mkdir(shotDir, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'polypress-a11y-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false, // the flags below say --headless themselves
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--font-render-hinting=none'],
  });
  let failing = 0;
  try {
    const page = await browser.newPage();
    for (const file of files) {
      const name = path.relative(path.resolve(htmlDir), file);
      const stem = name.replace(/\.html$/, '').replace(/[\\/]/g, '_');
      const url = pathToFileURL(file).href;
      const violations = [];
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await page.goto(url, { waitUntil: 'load' });
        await page.screenshot({ path: path.join(shotDir, `${stem}-${width}.png`), fullPage: true });
      }
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(url, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(shotDir, `${stem}-1280-dark.png`), fullPage: true });
      violations.push(...await audit(page, 'dark'));
      await page.goto(url, { waitUntil: 'load' });
      violations.push(...await audit(page, 'light'));
      failing += report(name, violations);
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`${files.length} page(s) checked, ${failing} serious or critical violation(s); screenshots in ${shotDir}`);
  return failing ? 1 : 0;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
