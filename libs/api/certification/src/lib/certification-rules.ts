import type { ApplicationStatus, ChainProblem, CriteriaItem } from '@lc/shared-contracts';
import { DomainError } from '@lc/api-shared/pure';

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
  const refusal = statusRefusal(current, action);
  if (refusal) throw new DomainError('APPLICATION_STATUS_CONFLICT', refusal, 409);
  return action === 'save' ? current : TO[action];
}

/** Why `action` cannot be taken on an application in status `current`, or null when it can. */
export const statusRefusal = (current: ApplicationStatus, action: ApplicationAction): string | null =>
  FROM[action].includes(current) ? null : REFUSED[action];

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
