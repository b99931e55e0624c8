import type { ErrorTexts } from './error-text';

/** Title applications, decisions, certificates and the evidence behind them. */
export const CERTIFICATION_ERRORS = {
  APPLICATION_NOT_FOUND: { vi: 'Không tìm thấy hồ sơ.', en: 'The application was not found.' },
  APPLICATION_NOT_PASSING: {
    vi: 'Hồ sơ chưa đạt tiêu chuẩn nên không thể công nhận.',
    en: 'The application does not meet the criteria, so it cannot be recognised.',
  },
  APPLICATION_NO_COMMUNE: {
    vi: 'Tài khoản chưa có xã/phường cư trú nên chưa lập được hồ sơ.',
    en: 'Your account has no commune of residence, so an application cannot be made.',
  },
  APPLICATION_STATUS_CONFLICT: {
    vi: 'Hồ sơ vừa được người khác xử lý. Hãy tải lại trang.',
    en: 'Someone else has just handled this application. Please reload the page.',
  },
  APPLICATION_YEAR_INVALID: {
    vi: 'Chỉ lập hồ sơ cho năm nay hoặc năm trước.',
    en: 'Applications are made for this year or last year only.',
  },
  CERTIFICATE_NOT_FOUND: {
    vi: 'Không tìm thấy giấy chứng nhận với mã này. Hãy kiểm tra lại mã.',
    en: 'No certificate has this code. Please check the code.',
  },
  CERTIFICATE_REVOKED: {
    vi: 'Danh hiệu đã bị thu hồi: giấy chứng nhận không còn giá trị.',
    en: 'The title has been revoked: the certificate is no longer valid.',
  },
  CREDENTIAL_STATUS_LIST_FULL: {
    vi: 'Không cấp được chứng nhận số lúc này. Hãy thử lại.',
    en: 'The digital credential cannot be issued right now. Please try again.',
  },
  CRITERIA_SET_NOT_FOUND: {
    vi: 'Chưa có bộ tiêu chí đang áp dụng. Hãy liên hệ quản trị viên.',
    en: 'No criteria set is in force. Please contact an administrator.',
  },
  DECISION_DATE_INVALID: {
    vi: 'Ngày quyết định không được ở tương lai hay trước năm của hồ sơ.',
    en: 'The decision date cannot be in the future or before the applications’ year.',
  },
  DECISION_NUMBER_TAKEN: {
    vi: 'Số quyết định này đã được dùng cho một quyết định khác của xã/phường.',
    en: 'This decision number is already used by another decision of the commune.',
  },
  EVIDENCE_CHAIN_BROKEN: {
    vi: 'Chuỗi minh chứng của người nộp bị đứt. Hãy ghi lý do nếu vẫn xử lý hồ sơ.',
    en: 'The applicant’s evidence chain is broken. Give a reason if you still act on the application.',
  },
  EVIDENCE_CHECKPOINT_NOT_FOUND: {
    vi: 'Chưa có mốc kiểm chứng nào được ký.',
    en: 'No checkpoint has been signed yet.',
  },
  ITEM_REASONS_INVALID: {
    vi: 'Hãy ghi lý do cho từng mục cần sửa.',
    en: 'Please give a reason for each item to be corrected.',
  },
  OWN_APPLICATION: {
    vi: 'Bạn không thể tự xét hồ sơ của chính mình.',
    en: 'You cannot review your own application.',
  },
  SAME_VERIFIER_APPROVER: {
    vi: 'Người xác minh không được đồng thời công nhận hoặc từ chối hồ sơ này.',
    en: 'The person who verified this application cannot also recognise or reject it.',
  },
  SCORES_INCOMPLETE: {
    vi: 'Hãy chấm điểm tất cả các mục trước khi nộp.',
    en: 'Please score every item before submitting.',
  },
  SCORES_INVALID: { vi: 'Có điểm chưa hợp lệ.', en: 'A score is not valid.' },
  DECISION_NOT_FOUND: { vi: 'Không tìm thấy quyết định.', en: 'The decision was not found.' },
} satisfies ErrorTexts;
