import { ReadStylesheet, paintBeforeScripts, shouldKeepRender, shouldSendRender } from './web-ssr-rules';
import { START_AFTER_PAINT_SCRIPT } from './web-start-script';

describe(shouldSendRender.name, () => {
  it('sends a successful HTML page, and one saying its subject does not exist', () => {
    expect(shouldSendRender({ kind: 'page', status: 200, contentType: 'text/html;charset=UTF-8' })).toBe(true);
    expect(shouldSendRender({ kind: 'page', status: 404, contentType: 'text/html;charset=UTF-8' })).toBe(true);
  });

  it('falls back to the client index for anything else', () => {
    expect(shouldSendRender({ kind: 'page', status: 500, contentType: 'text/html' })).toBe(false);
    expect(shouldSendRender({ kind: 'page', status: 302, contentType: null })).toBe(false);
    expect(shouldSendRender({ kind: 'page', status: 200, contentType: 'application/json' })).toBe(false);
    expect(shouldSendRender({ kind: 'none' })).toBe(false);
    expect(shouldSendRender({ kind: 'failed', reason: 'TypeError' })).toBe(false);
    expect(shouldSendRender({ kind: 'timeout' })).toBe(false);
  });
});

describe(shouldKeepRender.name, () => {
  it('keeps only successful pages, never the 404 of a made-up id', () => {
    expect(shouldKeepRender({ kind: 'page', status: 200, contentType: 'text/html' })).toBe(true);
    expect(shouldKeepRender({ kind: 'page', status: 404, contentType: 'text/html' })).toBe(false);
    expect(shouldKeepRender({ kind: 'page', status: 500, contentType: 'text/html' })).toBe(false);
    expect(shouldKeepRender({ kind: 'timeout' })).toBe(false);
  });
});

describe(paintBeforeScripts.name, () => {
  const css: ReadStylesheet = (href) => (href === 'styles-A.css' ? 'body{margin:0}' : undefined);

  it("inlines the build's stylesheet and adds the scripts and the links they bring after the first paint", () => {
    const page =
      '<head><link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="manifest" href="app.webmanifest">' +
      '<link rel="apple-touch-icon" href="icon-192.png"><link rel="stylesheet" href="styles-A.css">' +
      '<link rel="modulepreload" href="chunk-B.js"><link rel="modulepreload" href="chunk-C.js"></head>' +
      '<body><lp-root ngh="0">…</lp-root><script src="main-D.js" type="module"></script></body>';
    const links = 'icon=favicon.ico manifest=app.webmanifest modulepreload=chunk-B.js modulepreload=chunk-C.js';
    expect(paintBeforeScripts(page, css)).toBe(
      '<head><link rel="apple-touch-icon" href="icon-192.png"><style>body{margin:0}</style></head>' +
        '<body><lp-root ngh="0">…</lp-root>' +
        `<script data-main="main-D.js" data-links="${links}">${START_AFTER_PAINT_SCRIPT}</script></body>`,
    );
  });

  it('keeps a stylesheet it cannot read as a link, and a page without a module script as it is', () => {
    const page = '<link rel="stylesheet" href="other.css"><link rel="modulepreload" href="chunk-B.js"><p>…</p>';
    expect(paintBeforeScripts(page, css)).toBe(page);
  });
});
