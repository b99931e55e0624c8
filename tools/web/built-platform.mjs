// The built app as tools/lighthouse.mjs measures it: tools/testing/e2e-server.mjs (a fresh embedded PostgreSQL,
// migrated and seeded with the demo data, and the built API serving the web build) on ports of its own.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';

/** Resolves once /api/health answers; `stop()` ends the API and PostgreSQL. Server output goes to `logFile`. */
export async function startBuiltPlatform({ port, webDist, logFile }) {
  const log = openSync(logFile, 'w');
  const server = spawn('node', ['tools/testing/e2e-server.mjs'], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      WEB_DIST_DIR: webDist,
      E2E_PORT: String(port),
      PG_E2E_PORT: process.env.PG_E2E_PORT ?? String(port + 51000),
      PG_E2E_DATA_DIR: '.data/pg-lighthouse',
      E2E_STORAGE_DIR: '.data/storage-lighthouse',
      LOG_LEVEL: 'warn',
    },
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  };
  const baseUrl = `http://localhost:${port}`;
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); see ${logFile}`);
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the API did not answer within 180 s; see ${logFile}`);
}

/**
 * Signs the page's browser context in as the demo citizen the way the web app keeps a sign-in: the refresh cookie
 * (set by the API's answer) and the "signed in" hint in localStorage.
 */
export async function signInAsCitizen(page, baseUrl) {
  await page.goto(`${baseUrl}/api/health`);
  await page.evaluate(async () => {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: '001185000001', password: 'HocTap@2026' }),
    });
    if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
    localStorage.setItem('lc.signedIn', '1');
  });
}
