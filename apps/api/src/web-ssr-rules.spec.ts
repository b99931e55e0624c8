import { lowerPreloadPriority, shouldSendRender } from './web-ssr-rules';

describe(shouldSendRender.name, () => {
  it('sends a successful HTML page', () => {
    expect(shouldSendRender({ kind: 'page', status: 200, contentType: 'text/html;charset=UTF-8' })).toBe(true);
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

describe(lowerPreloadPriority.name, () => {
  it('fetches the module preloads of a rendered page at low priority, and leaves everything else', () => {
    const head =
      '<link rel="stylesheet" href="styles-A.css"><link rel="modulepreload" href="chunk-B.js">' +
      '<link rel="modulepreload" fetchpriority="high" href="chunk-C.js"><script src="main-D.js" type="module"></script>';
    expect(lowerPreloadPriority(head)).toBe(
      '<link rel="stylesheet" href="styles-A.css"><link rel="modulepreload" fetchpriority="low" href="chunk-B.js">' +
        '<link rel="modulepreload" fetchpriority="high" href="chunk-C.js"><script src="main-D.js" type="module"></script>',
    );
  });
});
