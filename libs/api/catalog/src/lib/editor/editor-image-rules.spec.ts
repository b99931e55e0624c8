import { strFromU8, strToU8 } from 'fflate';
import type { EditorSource } from '@lc/shared-contracts';
import { checkImage, detectImageType, imageFields, ImageRefused, renameImages } from './editor-image-rules';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = (body: string) => strToU8(`<?xml version="1.0"?>\n<!-- drawn by hand -->\n${body}`);

describe('detectImageType', () => {
  it('reads the type from the bytes, never from a name', () => {
    expect(detectImageType(PNG)).toBe('png');
    expect(detectImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(detectImageType(strToU8('GIF89a'))).toBe('gif');
    expect(detectImageType(strToU8('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(detectImageType(svg('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(detectImageType(strToU8('<html><svg/></html>'))).toBeNull();
    expect(detectImageType(strToU8('%PDF-1.7'))).toBeNull();
  });
});

describe('checkImage', () => {
  it('names a stored image by its content, so the same picture is stored once', () => {
    const a = checkImage(PNG, 'a.png');
    expect(a.path).toMatch(/^images\/[0-9a-f]{16}\.png$/);
    expect(checkImage(PNG, 'another-name.jpg').path).toBe(a.path);
  });

  it('sanitizes an SVG: script and handlers are gone', () => {
    const checked = checkImage(
      svg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect/></svg>'),
      'x.svg',
    );
    expect(checked.path).toMatch(/\.svg$/);
    expect(strFromU8(checked.bytes)).not.toMatch(/script|onload/);
    expect(strFromU8(checked.bytes)).toContain('<rect');
  });

  it('refuses a file that is no image, and one over the size bound, saying why in Vietnamese', () => {
    expect(() => checkImage(strToU8('%PDF-1.7'), 'don.pdf')).toThrow(ImageRefused);
    expect(() => checkImage(strToU8('%PDF-1.7'), 'don.pdf')).toThrow(/không phải ảnh/);
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(() => checkImage(big, 'to.png')).toThrow(/quá lớn/);
  });
});

describe('imageFields and renameImages', () => {
  const phone: EditorSource = {
    contentType: 'H5P.LcPhoneTask',
    params: {
      title: 'Wi-Fi',
      lang: 'vi',
      steps: [0, 1].map((i) => ({
        instruction: 'Bấm',
        image: `upload:${i}`,
        imageWidth: 360,
        imageHeight: 640,
        alt: 'Màn hình',
        hotspot: { x: 0, y: 0, width: 10, height: 10 },
        hint: 'Gợi ý',
      })),
    },
  };

  it('lists the image fields with their paths and renames them', () => {
    expect(imageFields(phone)).toEqual([
      { path: 'params.steps.0.image', ref: 'upload:0' },
      { path: 'params.steps.1.image', ref: 'upload:1' },
    ]);
    const renamed = renameImages(phone, (ref) => ref.replace('upload:', 'images/x'));
    expect(imageFields(renamed).map((f) => f.ref)).toEqual(['images/x0', 'images/x1']);
  });
});
