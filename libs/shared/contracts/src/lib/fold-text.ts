/**
 * Lower case without Vietnamese diacritics, so "nguyen thi lan" finds "Nguyễn Thị Lan", "ba dinh" finds "Ba Đình"
 * and "Hoà" finds "Hòa". The API, the database's translate() and the web fold the same way, so a search typed in the
 * browser and one run on the server agree.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
