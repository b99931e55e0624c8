import { PROPOSAL_PICTURE_MAX_BYTES } from '@lc/shared-contracts';
import { pictureProblem } from './proposal-picture';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const alt = { vi: 'Màn hình đăng nhập', en: 'A sign-in screen' };
const picture = (type: string, bytes: Buffer, a = alt) => ({
  src: `data:${type};base64,${bytes.toString('base64')}`,
  width: 320,
  height: 200,
  alt: a,
});

describe('pictureProblem', () => {
  it('accepts PNG, JPEG and WebP files with alt text in both languages', () => {
    expect(pictureProblem(picture('image/png', PNG))).toBeNull();
    expect(pictureProblem(picture('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1])))).toBeNull();
    expect(pictureProblem(picture('image/webp', Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1')))).toBeNull();
  });

  it('judges the type by the first bytes, not by what the data URL declares', () => {
    expect(pictureProblem(picture('image/png', Buffer.from('GIF89a')))?.code).toBe('ITEM_PICTURE_TYPE');
    expect(pictureProblem(picture('image/gif', Buffer.from('GIF89a')))?.code).toBe('ITEM_PICTURE_TYPE');
    expect(pictureProblem(picture('image/svg+xml', Buffer.from('<svg/>')))?.code).toBe('ITEM_PICTURE_TYPE');
    expect(pictureProblem({ ...picture('image/png', PNG), src: 'https://example.org/a.png' })?.code).toBe(
      'ITEM_PICTURE_TYPE',
    );
  });

  it('refuses a file over the limit, and one byte under it passes', () => {
    const big = Buffer.concat([PNG, Buffer.alloc(PROPOSAL_PICTURE_MAX_BYTES + 1 - PNG.length)]);
    expect(pictureProblem(picture('image/png', big))?.code).toBe('ITEM_PICTURE_TOO_LARGE');
    expect(pictureProblem(picture('image/png', big.subarray(0, PROPOSAL_PICTURE_MAX_BYTES)))).toBeNull();
  });

  it('asks for alt text in both languages', () => {
    expect(pictureProblem(picture('image/png', PNG, { vi: ' ', en: 'x' }))?.code).toBe('ITEM_PICTURE_ALT_MISSING');
    expect(pictureProblem(picture('image/png', PNG, { vi: 'Ảnh', en: '' }))?.code).toBe('ITEM_PICTURE_ALT_MISSING');
  });
});
