import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ItemResponse } from '@lc/shared-contracts';

/** An item as the database holds it, key included: what the tests read to answer it right or wrong. */
export interface KeyedItem {
  id: string;
  type: string;
  options: { id: string }[];
  answer: {
    optionId?: string;
    optionIds?: string[];
    value?: boolean;
    accepted?: string[];
    order?: string[];
    pairs?: Record<string, string>;
    regionId?: string;
  };
  extra: { regions?: { id: string; x: number; y: number; width: number; height: number }[] };
}

export const keyedItems = (app: INestApplication | DataSource, ids: string[]): Promise<KeyedItem[]> =>
  (app instanceof DataSource ? app : app.get(DataSource)).query(
    `SELECT id, type, options, answer, extra FROM test_item WHERE id = ANY($1)`,
    [ids],
  );

/** The right answer to any item type; a hotspot is answered by a point at the centre of its region. */
export function rightResponse(item: KeyedItem): ItemResponse {
  const key = item.answer;
  switch (item.type) {
    case 'short_answer':
      return { optionIds: [], text: key.accepted![0] };
    case 'ordering':
      return { optionIds: key.order! };
    case 'matching':
      return { optionIds: [], pairs: Object.entries(key.pairs!).map(([left, right]) => ({ left, right })) };
    case 'hotspot': {
      const r = item.extra.regions!.find((g) => g.id === key.regionId)!;
      return { optionIds: [], point: { x: r.x + r.width / 2, y: r.y + r.height / 2 } };
    }
    case 'true_false':
      return { optionIds: [String(key.value)] };
    default:
      return { optionIds: key.optionIds ?? [key.optionId!] };
  }
}

/** A wrong answer of the right shape, which the server must accept and grade as wrong. */
export function wrongResponse(item: KeyedItem): ItemResponse {
  const key = item.answer;
  switch (item.type) {
    case 'short_answer':
      return { optionIds: [], text: 'không biết' };
    case 'ordering':
      return { optionIds: [...key.order!].reverse() };
    case 'matching': {
      const pairs = Object.entries(key.pairs!).map(([left, right]) => ({ left, right }));
      [pairs[0].right, pairs[1].right] = [pairs[1].right, pairs[0].right];
      return { optionIds: [], pairs };
    }
    case 'hotspot':
      return { optionIds: [item.extra.regions!.find((g) => g.id !== key.regionId)!.id] };
    case 'true_false':
      return { optionIds: [String(!key.value)] };
    default: {
      const right = key.optionIds ?? [key.optionId!];
      return { optionIds: [item.options.map((o) => o.id).find((id) => !right.includes(id))!] };
    }
  }
}
