import type { ApplicationStatus, NoticeKind } from '@lc/shared-contracts';

/** The notice an application's owner gets when it reaches `to`; none for a (re)started draft. */
export function applicationNoticeKind(to: ApplicationStatus): NoticeKind | null {
  return to === 'draft' ? null : `application_${to}`;
}

/** Applications are named by their year: a notice carries no person's name. */
export const applicationNoticeName = (year: number) => ({ vi: String(year), en: String(year) });
