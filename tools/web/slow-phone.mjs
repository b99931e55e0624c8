// What a person on a slow phone waits for, measured in a real browser with DevTools throttling (not simulated):
// 400 kbit/s each way, 400 ms added to every request, the CPU 4× slower, 360 × 780. Each first visit starts in a
// browser context of its own (empty cache, no service worker); the repeat visit reuses the home page's.

export const SLOW_3G_CONDITIONS = { download: 400_000 / 8, upload: 400_000 / 8, latency: 400 };

async function throttledPage(context) {
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.emulateCPUThrottling(4);
  await page.emulateNetworkConditions(SLOW_3G_CONDITIONS);
  return page;
}

/**
 * Milliseconds from the navigation's start until `selector` is in the page and painted: checked at every animation
 * frame from the document's start (`watchContent`), or, for a page not watched, from when the call begins.
 * A server-rendered page has its content before DOMContentLoaded, which waits for the module scripts.
 */
async function until(page, selector, timeout = 120_000) {
  const handle = await page.waitForFunction(
    (s) => window.lcContentShownAt ?? (document.querySelector(s) && performance.now()),
    { timeout },
    selector,
  );
  return handle.jsonValue();
}

/** Records in every new document of `page` the frame at which `selector` first appears (frames wait for the CSS). */
async function watchContent(page, selector) {
  await page.evaluateOnNewDocument((s) => {
    const check = () => {
      if (document.querySelector(s)) window.lcContentShownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selector);
}

const firstPaint = (page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

/** Loads `path` in a fresh context; `prepare(page)` runs unthrottled first (e.g. to sign in). */
async function firstVisit(browser, url, selector, prepare) {
  const context = await browser.createBrowserContext();
  const page = await throttledPage(context);
  if (prepare) {
    await page.emulateNetworkConditions(null);
    await prepare(page);
    await page.emulateNetworkConditions(SLOW_3G_CONDITIONS);
  }
  await watchContent(page, selector);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  const content = await until(page, selector);
  return { context, page, paint: await firstPaint(page), content };
}

/**
 * The home page until the first course card, the course page until its title and then a lesson until it shows,
 * a test's intro (signed in) until it shows and then its first question once started, and an attempt's page opened
 * directly (after a reload, say) until its first question. `signIn(page)` signs the page's context in.
 */
export async function slowPhoneTimings(browser, baseUrl, { courseId, testId }, signIn) {
  const rows = [];
  const home = await firstVisit(browser, `${baseUrl}/`, 'main a[href^="/courses/"]');
  rows.push({ what: 'home: the course list', paint: home.paint, content: home.content });
  // Give the service worker its chance to install, as a person reading the list would.
  await home.page
    .waitForFunction(() => navigator.serviceWorker?.controller != null, { timeout: 40_000 })
    .catch(() => undefined);
  await home.page.reload({ waitUntil: 'domcontentloaded', timeout: 180_000 });
  const again = await until(home.page, 'main a[href^="/courses/"]');
  rows.push({ what: 'home again (cached)', paint: await firstPaint(home.page), content: again });
  await home.context.close();

  const course = await firstVisit(browser, `${baseUrl}/courses/${courseId}`, 'main h1');
  rows.push({ what: 'course: its title and lessons', paint: course.paint, content: course.content });
  // A server-rendered button works once the app has taken the page over (hydration clears the `ngh` markers).
  await course.page.waitForFunction(() => !document.querySelector('[ngh]'), { timeout: 120_000 });
  const takenOver = await course.page.evaluate(() => performance.now());
  rows.push({ what: 'course: its buttons work (the page taken over)', paint: NaN, content: takenOver });
  const clicked = await course.page.evaluate(() => {
    const open = [...document.querySelectorAll('main button')].find((b) => /Mở bài học/.test(b.textContent ?? ''));
    open?.click();
    return performance.now();
  });
  const iframe = await course.page.waitForSelector('iframe.h5p-iframe', { timeout: 120_000 });
  const frame = await iframe.contentFrame();
  await frame.waitForSelector('h1, h2, h3, p', { timeout: 120_000 });
  const shown = await course.page.evaluate(() => performance.now());
  rows.push({ what: 'a lesson, after tapping "Mở bài học"', paint: NaN, content: shown - clicked });
  await course.context.close();

  const intro = await firstVisit(browser, `${baseUrl}/tests/${testId}`, 'main h2', signIn);
  rows.push({ what: 'test (signed in): its intro', paint: intro.paint, content: intro.content });
  // A citizen who reads the intro for ten seconds, then starts: the page has been taken over by then.
  await intro.page.waitForFunction(() => !document.querySelector('[ngh]'), { timeout: 120_000 });
  const reading = 10_000 - (await intro.page.evaluate(() => performance.now()));
  await new Promise((done) => setTimeout(done, Math.max(0, reading)));
  const started = await intro.page.evaluate(() => {
    [...document.querySelectorAll('main a')].find((a) => /Bắt đầu làm bài/.test(a.textContent ?? ''))?.click();
    return performance.now();
  });
  await intro.page.waitForSelector('main fieldset legend', { timeout: 120_000 });
  const question = await intro.page.evaluate(() => performance.now());
  rows.push({ what: 'its first question, after "Bắt đầu làm bài" at 10 s', paint: NaN, content: question - started });
  await intro.context.close();

  const test = await firstVisit(browser, `${baseUrl}/tests/${testId}/attempt`, 'main fieldset legend', signIn);
  rows.push({ what: 'an attempt opened directly: the first question', paint: test.paint, content: test.content });
  await test.context.close();
  return rows;
}
