// The test page's waterfall on a slow phone: every request of a signed-in first visit to /tests/:id/attempt, throttled as
// tools/web/slow-phone.mjs does (Slow 3G, CPU 4× slower), from the navigation until the first question shows. Prints
// a markdown table: when each request started and finished (ms), its bytes on the wire, and what it was.
//
//   npx nx run-many -t build -p api web && node tools/web/test-waterfall.mjs
//
// WEB_DIST_DIR measures another web build; LH_PORT moves the server (default 3481), as in tools/lighthouse.mjs.
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { findCourse } from '../bench/lib/catalog.mjs';
import { signInAsCitizen, startBuiltPlatform } from './built-platform.mjs';
import { withBrowser } from './chromium.mjs';
import { SLOW_3G_CONDITIONS } from './slow-phone.mjs';

const port = Number(process.env.LH_PORT ?? 3481);
const webDist = resolve(process.env.WEB_DIST_DIR ?? 'dist/apps/web/browser');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function waterfall(browser, baseUrl, testId) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await signInAsCitizen(page, baseUrl);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    ...SLOW_3G_CONDITIONS,
    downloadThroughput: SLOW_3G_CONDITIONS.download,
    uploadThroughput: SLOW_3G_CONDITIONS.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, { url: e.request.url, method: e.request.method, start: e.timestamp }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  await page.goto(`${baseUrl}/tests/${testId}/attempt`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.waitForFunction(() => document.querySelector('main fieldset legend'), { timeout: 120_000 });
  const shownAt = await page.evaluate(() => performance.now());
  await new Promise((r) => setTimeout(r, 3000));
  const all = [...requests.values()].filter((r) => r.url.startsWith(baseUrl));
  const t0 = Math.min(...all.map((r) => r.start));
  await context.close();
  return { shownAt, rows: all.map((r) => ({ ...r, start: (r.start - t0) * 1000, end: ((r.end ?? NaN) - t0) * 1000 })) };
}

async function main() {
  mkdirSync('.data', { recursive: true });
  const platform = await startBuiltPlatform({ port, webDist, logFile: '.data/waterfall-server.log' });
  try {
    const { testId } = await findCourse(platform.baseUrl);
    const { shownAt, rows } = await withBrowser(chromePath, (b) => waterfall(b, platform.baseUrl, testId));
    const lines = ['| start ms | end ms | KB | request |', '| --- | --- | --- | --- |'];
    let total = 0;
    for (const r of rows.sort((a, b) => a.start - b.start)) {
      total += r.bytes ?? 0;
      const what = `${r.method} ${r.url.slice(platform.baseUrl.length).replace(testId, ':id')}`;
      lines.push(`| ${Math.round(r.start)} | ${Math.round(r.end)} | ${((r.bytes ?? 0) / 1024).toFixed(1)} | ${what} |`);
    }
    lines.push(
      '',
      `First question shown at ${Math.round(shownAt)} ms; ${rows.length} requests, ${(total / 1024).toFixed(1)} KB.`,
    );
    console.log(lines.join('\n'));
  } finally {
    await platform.stop();
  }
}

main().catch((err) => {
  console.error(`waterfall failed: ${err?.stack ?? err}`);
  process.exit(1);
});
