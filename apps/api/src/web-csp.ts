import { createHash } from 'node:crypto';
import { START_AFTER_PAINT_SCRIPT } from './web-start-script';

/**
 * One of the two inline scripts the web app runs (the other starts a server-rendered page, web-start-script.ts): h5p-standalone writes it into each player's iframe (`H5P.getHeadTags`
 * in its frame.bundle.js), and an about:blank iframe lives under this page's policy. Allowed by its hash, so the
 * policy needs neither 'unsafe-inline' nor nonces for scripts; web-csp.spec.ts fails if an upgrade changes it.
 */
export const H5P_FRAME_INLINE_SCRIPT =
  'H5PIntegration = window.parent.H5PIntegration; var H5P = H5P || {}; H5P.externalEmbed = false;';

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of the web app's pages (docs/adr/0010). Scripts: our own files and the two inline scripts' hashes,
 * never eval. Styles allow 'unsafe-inline': Angular and Material add <style> elements at run time, and H5P's
 * jQuery writes style attributes; an injected style can restyle the page but run nothing.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${hashOf(H5P_FRAME_INLINE_SCRIPT)} ${hashOf(START_AFTER_PAINT_SCRIPT)}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  // The service worker (ngsw-worker.js) and the web manifest of the installable app, both our own files.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');
