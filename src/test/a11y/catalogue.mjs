// Browser test of the catalogue's filters and sorting, on the catalogue of 300 publications that
// CatalogueBrowserTest builds (target/catalogue-300, with expected.json: the rows each filter must show).
//
//   node catalogue.mjs <catalogue-dir> <screenshot-dir>
//
// Filters by a word, a language and a year and compares the visible rows with expected.json; sorts
// by date both ways; loads the page without JavaScript (every work listed, filters hidden); writes
// screenshots at 375 and 1280 px. Exit 1 on a wrong result, 2 on a usage or browser error.

import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const failures = [];

function check(what, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${detail}`}`);
  if (!ok) {
    failures.push(what);
  }
}

const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

async function visible(page) {
  return page.$$eval('#pp-works tbody > tr', (rows) => rows.filter((r) => !r.hidden).map((r) => r.id));
}

async function setFilter(page, name, value) {
  await page.evaluate((name, value) => {
    const form = document.getElementById('pp-filters');
    for (const field of form.elements) {
      if (field.name) {
        field.value = '';
      }
    }
    const field = form.elements[name];
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }, name, value);
}

async function main() {
  const [dir, shotDir] = process.argv.slice(2);
  if (!dir || !shotDir) {
    console.error('usage: node catalogue.mjs <catalogue-dir> <screenshot-dir>');
    return 2;
  }
  const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8'));
  const url = pathToFileURL(path.resolve(dir, 'index.html')).href;
  await mkdir(shotDir, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'polypress-catalogue-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false,
    userDataDir: profile,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--font-render-hinting=none'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    check('the script shows the filters', await page.$eval('#pp-filters', (f) => !f.hidden), 'form still hidden');
    check('every work is listed', same(await visible(page), expected.all), `${(await visible(page)).length} rows`);

    await setFilter(page, 'q', 'Baltic');
    const byWord = await visible(page);
    check('a word shows the works whose title has it', same(byWord, expected['word:baltic']),
      `${byWord.length} rows, expected ${expected['word:baltic'].length}`);
    check('the count says so', (await page.$eval('#pp-count', (c) => c.textContent))
      .startsWith(`${expected['word:baltic'].length} of ${expected.all.length}`), await page.$eval('#pp-count', (c) => c.textContent));

    await setFilter(page, 'lang', 'fr');
    const byLang = await visible(page);
    check('a language shows the works with a version in it', same(byLang, expected['lang:fr']),
      `${byLang.length} rows, expected ${expected['lang:fr'].length}`);

    await setFilter(page, 'year', '2019');
    const byYear = await visible(page);
    check('a year shows the works of that year', same(byYear, expected['year:2019']),
      `${byYear.length} rows, expected ${expected['year:2019'].length}`);
    await page.screenshot({ path: path.join(shotDir, 'catalogue-filtered-1280.png') });

    await setFilter(page, 'q', '');
    const dates = async () => page.$$eval('#pp-works tbody > tr', (rows) => rows.map((r) => r.dataset.date));
    const before = await dates();
    const sortedDesc = [...before].sort().reverse();
    check('newest first without sorting', JSON.stringify(before) === JSON.stringify(sortedDesc), before.slice(0, 3));
    await page.click('#pp-works thead th[data-sort=date] button');
    const asc = await dates();
    check('sorting by date puts the oldest first', JSON.stringify(asc) === JSON.stringify([...asc].sort()), asc.slice(0, 3));
    check('the header says how it sorts', await page.$eval('#pp-works thead th[data-sort=date]',
      (th) => th.getAttribute('aria-sort')) === 'ascending', 'aria-sort');
    await page.click('#pp-works thead th[data-sort=date] button');
    const desc = await dates();
    check('sorting again puts the newest first', JSON.stringify(desc) === JSON.stringify(sortedDesc), desc.slice(0, 3));

    await page.screenshot({ path: path.join(shotDir, 'catalogue-1280.png') });
    await page.setViewport({ width: 375, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(shotDir, 'catalogue-375.png') });
    check('no script errors', errors.length === 0, errors.join('; '));

    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    const noJs = await page.$$eval('#pp-works tbody > tr', (rows) => rows.filter((r) => r.offsetParent !== null).length);
    check('without JavaScript every work is listed', noJs === expected.all.length, `${noJs} rows shown`);
    check('without JavaScript the filters are not offered', await page.$eval('#pp-filters',
      (f) => getComputedStyle(f).display === 'none'), 'filters shown');
    await page.screenshot({ path: path.join(shotDir, 'catalogue-nojs-1280.png') });
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`${failures.length ? 'FAIL' : 'ok  '} catalogue: ${failures.length} check(s) failed; screenshots in ${shotDir}`);
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
