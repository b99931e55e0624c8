/** The export's file name, as the server names it: the title without diacritics ("Luyện tập" → "luyen-tap.h5p"). */
export function h5pFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base || 'bai-hoc'}.h5p`;
}

export { saveBlob } from '@lc/web-shared-ui';
