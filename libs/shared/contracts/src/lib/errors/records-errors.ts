import type { ErrorTexts } from './error-text';

/** A person's learning records and the in-app notices about their learning. */
export const RECORDS_ERRORS = {
  NOTICE_NOT_FOUND: { vi: 'Không tìm thấy thông báo.', en: 'The notice was not found.' },
  NOTICE_STREAMS_FULL: {
    vi: 'Máy chủ đang bận; thông báo sẽ được tải lại định kỳ.',
    en: 'The server is busy; notices will be reloaded from time to time.',
  },
} satisfies ErrorTexts;
