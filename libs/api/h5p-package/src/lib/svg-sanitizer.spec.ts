import { strFromU8, strToU8 } from 'fflate';
import { sanitizeSvg, SvgRefused } from './svg-sanitizer';

describe(sanitizeSvg.name, () => {
  it('removes script, handlers, javascript: links and foreign objects, and keeps the drawing as XML', () => {
    const dirty = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
      <script>alert(1)</script><a href="javascript:alert(2)"><rect width="5" height="5" fill="red"/></a>
      <foreignObject><iframe src="https://example.org"></iframe></foreignObject><text>A &amp; B</text></svg>`;
    const clean = strFromU8(sanitizeSvg(strToU8(dirty), 'a.svg'));
    expect(clean).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(clean).toContain('viewBox="0 0 10 10"');
    expect(clean).toContain('<rect width="5" height="5" fill="red"/>');
    expect(clean).toContain('A &amp; B');
    for (const gone of ['script', 'onload', 'javascript:', 'foreignObject', 'iframe'])
      expect(clean).not.toContain(gone);
  });

  it('refuses a file with no SVG image in it', () => {
    expect(() => sanitizeSvg(strToU8('<html><body>hi</body></html>'), 'x.svg')).toThrow(SvgRefused);
  });
});
