import createDOMPurify, { DOMPurify } from 'dompurify';
import { strFromU8, strToU8 } from 'fflate';
import { JSDOM } from 'jsdom';

export class SvgRefused extends Error {
  readonly code = 'H5P_SVG_INVALID';
}

let purifier: { purify: DOMPurify; serialize: (node: Node) => string } | undefined;

/** One window for the process: building a jsdom costs tens of milliseconds, sanitizing a small SVG far less. */
function instance(): NonNullable<typeof purifier> {
  if (!purifier) {
    const { window } = new JSDOM('');
    const serializer = new window.XMLSerializer();
    purifier = {
      purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]),
      serialize: (node) => serializer.serializeToString(node),
    };
  }
  return purifier;
}

/**
 * An uploaded SVG with everything that can run or fetch removed (script, event handlers, javascript: links,
 * foreignObject, external references), by DOMPurify's SVG profile, and written back as XML. A file that holds no
 * <svg> element at all is refused rather than stored empty.
 */
export function sanitizeSvg(bytes: Uint8Array, name: string): Uint8Array {
  const { purify, serialize } = instance();
  const fragment = purify.sanitize(strFromU8(bytes), {
    USE_PROFILES: { svg: true, svgFilters: true },
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.firstElementChild;
  if (!root || root.localName !== 'svg') {
    throw new SvgRefused(`file ${JSON.stringify(name)} is not an SVG image`);
  }
  return strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}`);
}
