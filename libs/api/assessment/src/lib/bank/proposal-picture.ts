import {
  PROPOSAL_PICTURE_MAX_BYTES,
  PROPOSAL_PICTURE_TYPES,
  type ErrorCode,
  type ItemPicture,
} from '@lc/shared-contracts';

const DATA_URL = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The first bytes of each accepted type: the declared type of a data URL proves nothing. */
const MAGIC: Record<(typeof PROPOSAL_PICTURE_TYPES)[number], (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/webp': (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
};

export interface PictureProblem {
  code: Extract<ErrorCode, 'ITEM_PICTURE_TYPE' | 'ITEM_PICTURE_TOO_LARGE' | 'ITEM_PICTURE_ALT_MISSING'>;
  message: string;
}

/** What is wrong with a proposal's picture, or null: the file's real type, its size, and alt text in both languages. */
export function pictureProblem(picture: ItemPicture): PictureProblem | null {
  const parts = DATA_URL.exec(picture.src);
  const declared = parts?.[1] as keyof typeof MAGIC | undefined;
  const bytes = parts ? Buffer.from(parts[2], 'base64') : Buffer.alloc(0);
  if (!declared || !(declared in MAGIC) || !MAGIC[declared](bytes))
    return { code: 'ITEM_PICTURE_TYPE', message: 'Hình ảnh phải là tệp PNG, JPEG hoặc WebP.' };
  if (bytes.length > PROPOSAL_PICTURE_MAX_BYTES)
    return { code: 'ITEM_PICTURE_TOO_LARGE', message: 'Hình ảnh quá lớn: tối đa 60 KB.' };
  if (!picture.alt?.vi?.trim() || !picture.alt?.en?.trim())
    return {
      code: 'ITEM_PICTURE_ALT_MISSING',
      message: 'Hãy mô tả hình ảnh (văn bản thay thế) bằng cả tiếng Việt và tiếng Anh.',
    };
  return null;
}
