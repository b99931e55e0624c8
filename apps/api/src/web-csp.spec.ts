import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { H5P_FRAME_INLINE_SCRIPT, WEB_CONTENT_SECURITY_POLICY } from './web-csp';

const directive = (name: string) => WEB_CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('web Content-Security-Policy', () => {
  it('allows the inline script that h5p-standalone writes into its iframe, by its exact text', () => {
    const frame = readFileSync(resolve(__dirname, '../../../node_modules/h5p-standalone/dist/frame.bundle.js'), 'utf8');
    expect(frame).toContain(`<script>${H5P_FRAME_INLINE_SCRIPT}<\\/script>`);
    // Computed apart from the code: printf %s '<the script>' | openssl dgst -sha256 -binary | base64
    expect(directive('script-src')).toContain("'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='");
  });

  it('allows the script that starts a server-rendered page, by its exact text, and no other', () => {
    // Computed apart from the code, as above, from START_AFTER_PAINT_SCRIPT (web-start-script.ts).
    expect(directive('script-src')).toBe(
      "script-src 'self' 'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk=' 'sha256-HHMNPtEXPNykWE5AtU3/thJfPKpxZY+Ip/gbNbNEsrc='",
    );
  });

  it('never lets scripts run from strings, inline code or other hosts', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(directive('object-src')).toBe("object-src 'none'");
  });

  it('lets the app install its service worker and manifest, from its own origin only', () => {
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('manifest-src')).toBe("manifest-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });
});
