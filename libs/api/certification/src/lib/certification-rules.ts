import type { ApplicationStatus, ChainProblem, CriteriaItem } from '@lc/shared-contracts';
import { DomainError } from '@lc/api-shared';

export type ApplicationAction = 'save' | 'submit' | 'verify' | 'return' | 'reject' | 'recognise' | 'revoke';

const FROM: Record<ApplicationAction, ApplicationStatus[]> = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  verify: ['submitted'],
  return: ['submitted', 'verified'],
  reject: ['verified'],
  recognise: ['verified'],
  revoke: ['recognised'],
};

const TO: Record<Exclude<ApplicationAction, 'save'>, ApplicationStatus> = {
  submit: 'submitted',
  verify: 'verified',
  return: 'returned',
  reject: 'rejected',
  recognise: 'recognised',
  revoke: 'revoked',
};

const REFUSED: Record<ApplicationAction, string> = {
  save: 'Chỉ sửa được hồ sơ khi còn là bản nháp hoặc bị trả lại.',
  submit: 'Chỉ nộp được hồ sơ khi còn là bản nháp hoặc bị trả lại.',
  verify: 'Chỉ xác minh được hồ sơ đã nộp.',
  return: 'Chỉ trả lại được hồ sơ đã nộp hoặc đã xác minh.',
  reject: 'Chỉ từ chối được hồ sơ đã xác minh.',
  recognise: 'Chỉ công nhận được hồ sơ đã xác minh.',
  revoke: 'Chỉ thu hồi được danh hiệu đang có hiệu lực.',
};

/**
 * The title's workflow (PRODUCT.md §7): draft → submitted → verified → recognised, with returned and rejected,
 * and a recognised title revoked with a reason.
 */
export function nextApplicationStatus(current: ApplicationStatus, action: ApplicationAction): ApplicationStatus {
  if (!FROM[action].includes(current)) throw new DomainError('APPLICATION_STATUS_CONFLICT', REFUSED[action], 409);
  return action === 'save' ? current : TO[action];
}

export interface PassRule {
  passTotal: number;
  minItemScore: number;
}

export interface PassResult {
  total: number;
  passes: boolean;
  missing: string[];
  below: string[];
}

/** Pass rule: total ≥ passTotal and no item below minItemScore; an unscored item fails. */
export function evaluateScores(
  items: Pick<CriteriaItem, 'code'>[],
  scores: Record<string, number>,
  rule: PassRule,
): PassResult {
  const missing = items.filter((i) => !(i.code in scores)).map((i) => i.code);
  const below = items.filter((i) => i.code in scores && scores[i.code] < rule.minItemScore).map((i) => i.code);
  const total = items.reduce((sum, i) => sum + (scores[i.code] ?? 0), 0);
  return { total, passes: missing.length === 0 && below.length === 0 && total >= rule.passTotal, missing, below };
}

const MAX_SCORED_ITEMS = 100;
const ITEM_CODE = /^\d{1,3}(\.\d{1,3}){0,3}$/;

/**
 * The shape of a score map as sent, before any criteria set is known: at most 100 keys written like item codes
 * ("1.1"). Which items and which scores a set takes is `scoresProblem`'s (422), as clients already expect.
 */
export function scoreMapProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Điểm phải là một bảng mục → điểm.';
  const codes = Object.keys(value);
  if (codes.length > MAX_SCORED_ITEMS) return `Bảng điểm có nhiều nhất ${MAX_SCORED_ITEMS} mục.`;
  const odd = codes.find((code) => !ITEM_CODE.test(code));
  return odd === undefined ? null : `"${odd.slice(0, 20)}" không phải mã mục tiêu chí (như "1.1").`;
}

/** Scores must name the set's items, each a whole number from 0 to its maximum. */
export function scoresProblem(
  items: Pick<CriteriaItem, 'code' | 'maxScore'>[],
  scores: Record<string, number>,
): string | null {
  const known = new Map(items.map((i) => [i.code, i.maxScore]));
  for (const [code, score] of Object.entries(scores)) {
    const max = known.get(code);
    if (max === undefined) return `Mục ${code} không có trong bộ tiêu chí.`;
    if (!Number.isInteger(score) || score < 0 || score > max)
      return `Điểm mục ${code} phải là số nguyên từ 0 đến ${max}.`;
  }
  return null;
}

/** Reasons per item when returning: keyed by the set's item codes, plain text of reasonable length. */
export function itemReasonsProblem(
  items: Pick<CriteriaItem, 'code'>[],
  reasons: Record<string, unknown>,
): string | null {
  const codes = new Set(items.map((i) => i.code));
  for (const [code, reason] of Object.entries(reasons)) {
    if (!codes.has(code)) return `Mục ${code} không có trong bộ tiêu chí.`;
    if (typeof reason !== 'string' || reason.length > 2000)
      return `Lý do cho mục ${code} phải là văn bản tối đa 2000 ký tự.`;
  }
  return null;
}

export function passProblem(result: PassResult, rule: PassRule): string | null {
  if (result.missing.length) return `Còn mục chưa chấm điểm: ${result.missing.join(', ')}.`;
  if (result.below.length) return `Các mục dưới ${rule.minItemScore} điểm: ${result.below.join(', ')}.`;
  if (result.total < rule.passTotal) return `Tổng điểm ${result.total} chưa đạt ${rule.passTotal}.`;
  return null;
}

/** A title is valid until the end of the calendar year after the one it was awarded for (configurable). */
export const validUntil = (year: number, extraYears = 1): string => `${year + extraYears}-12-31`;

/** The programme's calendar day: officers sign in Vietnam, whatever the server's clock zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `now` as a YYYY-MM-DD day in `timeZone`. */
export function dayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A decision is signed on a real day: not after today, and not before 1 January of the latest year among the
 * applications it recognises (a title for a year cannot be decided before that year began). Days are YYYY-MM-DD,
 * so they compare as text.
 */
export function decisionDateProblem(signedOn: string, applicationYears: number[], today: string): string | null {
  if (signedOn > today) return `Ngày ký ${signedOn} ở tương lai; hãy nhập ngày đã ký quyết định.`;
  const year = Math.max(...applicationYears);
  if (signedOn < `${year}-01-01`) return `Ngày ký phải từ 01/01/${year} trở đi, năm của hồ sơ được công nhận.`;
  return null;
}

const CHAIN_PROBLEMS: Record<ChainProblem, string> = {
  modified: 'có bản ghi đã bị sửa',
  rehashed: 'các mã băm đã bị tính lại, không khớp mốc kiểm chứng đã ký',
  truncated: 'các bản ghi mới nhất đã bị xoá',
};

/**
 * An officer acts on an application whose evidence chain is broken only with a reason for doing so, which the
 * history keeps (PRODUCT.md §7). Returns the refusal, or null when the step may go ahead.
 */
export function brokenChainRefusal(problem: ChainProblem | null, override: string | undefined): string | null {
  if (!problem || override?.trim()) return null;
  return (
    `Chuỗi minh chứng học tập của người đề nghị không còn nguyên vẹn (${CHAIN_PROBLEMS[problem]}). ` +
    'Hãy báo quản trị viên; chỉ tiếp tục khi ghi rõ lý do vẫn xử lý hồ sơ.'
  );
}

/** What a transition records of a broken chain: the problem, and the reason given only when there is one. */
export const evidenceNote = (problem: ChainProblem | null, override: string | undefined) => ({
  evidenceProblem: problem,
  evidenceOverride: problem ? (override?.trim() ?? null) : null,
});
