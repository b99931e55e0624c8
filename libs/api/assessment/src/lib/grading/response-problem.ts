import type { ItemResponse } from '@lc/shared-contracts';
import type { TestItemEntity } from '../test-item.entity';

export type CheckedItem = Pick<TestItemEntity, 'type' | 'options'> & { extra?: TestItemEntity['extra'] };

const SHORT_ANSWER_MAX = 200;

const idsOf = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((e) => (e as { id: string }).id).filter((id) => typeof id === 'string') : [];

function choiceProblem(item: CheckedItem, response: ItemResponse): string | null {
  const offered = item.type === 'true_false' ? ['true', 'false'] : item.options.map((o) => o.id);
  if (response.optionIds.some((id) => !offered.includes(id)))
    return 'Câu trả lời chọn một phương án không có trong câu hỏi.';
  if (item.type !== 'multiple_choice' && response.optionIds.length > 1) return 'Câu hỏi này chỉ chọn một phương án.';
  if (new Set(response.optionIds).size !== response.optionIds.length) return 'Một phương án được chọn hai lần.';
  return null;
}

function orderingProblem(item: CheckedItem, response: ItemResponse): string | null {
  const offered = item.options.map((o) => o.id);
  const given = response.optionIds;
  const permutation = given.length === offered.length && offered.every((id) => given.includes(id));
  return permutation ? null : 'Hãy sắp xếp đủ tất cả các bước, mỗi bước một lần.';
}

function matchingProblem(item: CheckedItem, response: ItemResponse): string | null {
  const pairs = item.extra?.['pairs'] as { left?: unknown; right?: unknown } | undefined;
  const lefts = idsOf(pairs?.left);
  const rights = idsOf(pairs?.right);
  const given = response.pairs ?? [];
  if (response.optionIds.length) return 'Câu hỏi này cần nối từng mục, không chọn phương án.';
  if (given.some((p) => !lefts.includes(p.left) || !rights.includes(p.right)))
    return 'Câu trả lời nối một mục không có trong câu hỏi.';
  if (new Set(given.map((p) => p.left)).size !== given.length) return 'Một mục được nối hai lần.';
  return null;
}

function hotspotProblem(item: CheckedItem, response: ItemResponse): string | null {
  const image = item.extra?.['image'] as { width?: number; height?: number } | undefined;
  const { point, optionIds } = response;
  if (point && optionIds.length) return 'Hãy chạm vào hình hoặc chọn một vùng trong danh sách, không cả hai.';
  if (point) {
    const inside = point.x >= 0 && point.y >= 0 && point.x <= (image?.width ?? 0) && point.y <= (image?.height ?? 0);
    return inside ? null : 'Điểm đã chọn nằm ngoài hình.';
  }
  if (optionIds.length !== 1 || !idsOf(item.extra?.['regions']).includes(optionIds[0]))
    return 'Hãy chọn một vùng của hình.';
  return null;
}

/** Whether a response fits its item: it names only what the item offers, in the shape its type needs. */
export function responseProblem(item: CheckedItem, response: ItemResponse): string | null {
  switch (item.type) {
    case 'short_answer':
      if (response.optionIds.length) return 'Câu hỏi này cần gõ câu trả lời, không chọn phương án.';
      if (!response.text?.trim()) return 'Hãy gõ câu trả lời.';
      return response.text.length > SHORT_ANSWER_MAX ? `Câu trả lời dài quá ${SHORT_ANSWER_MAX} ký tự.` : null;
    case 'ordering':
      return orderingProblem(item, response);
    case 'matching':
      return matchingProblem(item, response);
    case 'hotspot':
      return hotspotProblem(item, response);
    default:
      return choiceProblem(item, response);
  }
}

/** The response as stored: only the parts its type uses, so a stray field is never kept or compared. */
export function cleanResponse(type: TestItemEntity['type'], response: ItemResponse): ItemResponse {
  switch (type) {
    case 'short_answer':
      return { optionIds: [], text: response.text ?? '' };
    case 'matching':
      return { optionIds: [], pairs: (response.pairs ?? []).map((p) => ({ left: p.left, right: p.right })) };
    case 'hotspot':
      return response.point
        ? { optionIds: [], point: { x: response.point.x, y: response.point.y } }
        : { optionIds: [...response.optionIds] };
    default:
      return { optionIds: [...response.optionIds] };
  }
}

/** Nothing given: no choice, no text, no pair, no point. */
export const isEmptyResponse = (r: ItemResponse): boolean =>
  r.optionIds.length === 0 && !r.text?.trim() && !r.pairs?.length && !r.point;

/** Whether a re-sent answer is the one already saved (a retry), compared in stored form. */
export function sameResponse(type: TestItemEntity['type'], saved: ItemResponse, sent: ItemResponse): boolean {
  const [a, b] = [cleanResponse(type, saved), cleanResponse(type, sent)];
  if (type === 'multiple_choice')
    return [...a.optionIds].sort().join('\u0000') === [...b.optionIds].sort().join('\u0000');
  if (type === 'matching') {
    const key = (r: ItemResponse) =>
      (r.pairs ?? [])
        .map((p) => `${p.left}>${p.right}`)
        .sort()
        .join(',');
    return key(a) === key(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
