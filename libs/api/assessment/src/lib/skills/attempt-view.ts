import type { SkillsAttempt, SkillsDomainProgress, SkillsQuestion, SkillsResult } from '@lc/shared-contracts';
import { domainOf } from '@lc/api-assessment-engine';
import { deliveredExtras, deliveredOptions } from '../item.mapper';
import type { ServingBank } from './serving-bank';
import type { SkillsAttemptEntity } from './skills-attempt.entity';

export interface ViewRow {
  position: number;
  itemId: string;
  answered: boolean;
  /** An ordering item's steps in the order served; absent or null: as stored. */
  optionOrder?: readonly string[] | null;
}

/**
 * What the citizen sees of an attempt: progress by domain, the one question to answer now, and the result once
 * finished. Never an item id, level, key or whether an answer was right: the next question's difficulty would
 * tell, so the question carries none of them.
 */
export function toSkillsAttempt(
  attempt: Pick<SkillsAttemptEntity, 'id' | 'startedAt' | 'deadlineAt' | 'extraTime' | 'finishedAt'>,
  rows: readonly ViewRow[],
  bank: ServingBank,
  result: SkillsResult | null,
): SkillsAttempt {
  const domainOfItem = (itemId: string) => {
    const item = bank.items.get(itemId);
    return item ? domainOf(item.competence) : null;
  };
  const finished = attempt.finishedAt !== null;
  const pending = finished ? undefined : rows.find((r) => !r.answered);
  const order = bank.prepared.domains;
  const current = pending ? order.indexOf(domainOfItem(pending.itemId) ?? '') : -1;
  const domains: SkillsDomainProgress[] = order.map((code, i) => ({
    code,
    name: bank.domainNames.get(code) ?? { vi: code },
    answered: rows.filter((r) => r.answered && domainOfItem(r.itemId) === code).length,
    status: finished || (current >= 0 && i < current) ? 'done' : i === current ? 'current' : 'upcoming',
  }));
  return {
    id: attempt.id,
    status: finished ? 'finished' : 'open',
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    extraTime: attempt.extraTime,
    maxQuestions: bank.rules.engine.stop.maxTotal,
    answered: rows.filter((r) => r.answered).length,
    domains,
    question: pending ? questionOf(pending, bank) : null,
    result,
  };
}

function questionOf(row: ViewRow, bank: ServingBank): SkillsQuestion | null {
  const item = bank.items.get(row.itemId);
  if (!item) return null;
  return {
    position: row.position,
    domain: domainOf(item.competence),
    type: item.type,
    stem: item.stem,
    options: inServedOrder(deliveredOptions(item), row.optionOrder),
    ...deliveredExtras(item),
  };
}

function inServedOrder<T extends { id: string }>(options: T[], order: readonly string[] | null | undefined): T[] {
  if (!order) return options;
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...options].sort((x, y) => (rank.get(x.id) ?? order.length) - (rank.get(y.id) ?? order.length));
}
