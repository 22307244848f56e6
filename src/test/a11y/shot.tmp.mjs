import puppeteer from 'puppeteer-core';
const [url, out, width, y] = process.argv.slice(2);
const b = await puppeteer.launch({executablePath:'/usr/bin/chromium', headless:false, args:['--headless','--no-sandbox','--disable-gpu','--hide-scrollbars']});
const p = await b.newPage(); await p.setViewport({width: +width, height: 900});
await p.goto(url, {waitUntil:'load'});
if (y) await p.evaluate((y) => window.scrollTo(0, +y), y);
await p.screenshot({path: out});
await b.close();
