// A headless Debian Chromium for one measurement, driven through puppeteer-core; always closed afterwards.
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

/** Launches Chromium with a profile of its own (a first visit), runs `work(browser)`, and closes it whatever happens. */
export async function withBrowser(chromePath, work) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const result = await work(browser);
    await browser.disconnect();
    return result;
  } finally {
    await chrome.kill();
  }
}
