import type { DeliveredItem } from '@lc/shared-contracts';
import { TestItemEntity } from './test-item.entity';

const TRUE_FALSE = [
  { id: 'true', text: { vi: 'Đúng', en: 'True' } },
  { id: 'false', text: { vi: 'Sai', en: 'False' } },
];

/** The options a person chooses among: true/false items offer "true" and "false". */
export const deliveredOptions = (i: Pick<TestItemEntity, 'type' | 'options'>): DeliveredItem['options'] =>
  i.type === 'true_false' ? TRUE_FALSE : i.options;

/** What the browser may see: the stem and options, never the key or the explanation before grading. */
export const toDeliveredItem = (i: TestItemEntity): DeliveredItem => ({
  id: i.id,
  type: i.type,
  competence: i.competence,
  level: i.level,
  stem: i.stem,
  options: deliveredOptions(i),
});
