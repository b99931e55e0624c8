import type { ErrorTexts } from './error-text';

/** Errors any endpoint can answer: refused input, limits, the database's state, access in general. */
export const PLATFORM_ERRORS = {
  BAD_CONTENT_LENGTH: {
    vi: 'Độ dài dữ liệu không khớp với tiêu đề Content-Length. Hãy gửi lại yêu cầu.',
    en: 'The data does not match its Content-Length header. Please send the request again.',
  },
  BAD_FORM: {
    vi: 'Biểu mẫu gửi lên lồng nhau quá sâu. Hãy gửi dữ liệu dạng JSON.',
    en: 'The form data is nested too deeply. Please send JSON instead.',
  },
  BAD_JSON: {
    vi: 'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy rồi gửi lại.',
    en: 'The data sent is not valid JSON. Check brackets, commas and quotes, then send it again.',
  },
  BAD_REQUEST: {
    vi: 'Yêu cầu không hợp lệ: hãy kiểm tra lại dữ liệu và đường dẫn đã gửi.',
    en: 'The request is not valid: please check the data and the address you sent.',
  },
  CITY_ADMIN_ONLY: {
    vi: 'Chỉ quản trị viên cấp thành phố mới thực hiện được việc này.',
    en: 'Only an administrator of the whole city may do this.',
  },
  CONFLICT: {
    vi: 'Dữ liệu này vừa được tạo bởi một yêu cầu khác. Hãy tải lại trang.',
    en: 'This was just created by another request. Please reload the page.',
  },
  DB_BUSY: {
    vi: 'Hệ thống đang bận, vui lòng thử lại sau giây lát.',
    en: 'The system is busy. Please try again in a moment.',
  },
  DB_UNAVAILABLE: {
    vi: 'Hệ thống tạm thời gián đoạn, vui lòng thử lại sau ít phút. Dữ liệu bạn đã lưu không bị mất.',
    en: 'The system is briefly unavailable. Please try again in a few minutes. Nothing you saved is lost.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện việc này.', en: 'You are not allowed to do this.' },
  INTERNAL: {
    vi: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
    en: 'The system has a problem. Please try again later.',
  },
  NOT_FOUND: { vi: 'Không tìm thấy.', en: 'Not found.' },
  PAYLOAD_TOO_LARGE: { vi: 'Tệp hoặc dữ liệu gửi lên quá lớn.', en: 'The file or data sent is too large.' },
  RATE_LIMITED: {
    vi: 'Có quá nhiều yêu cầu từ thiết bị hoặc mạng của bạn. Vui lòng thử lại sau {wait}.',
    en: 'Too many requests from your device or network. Please try again in {wait}.',
  },
  REQUEST_ABORTED: {
    vi: 'Yêu cầu bị ngắt giữa chừng. Hãy gửi lại.',
    en: 'The request was cut off. Please send it again.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút.',
    en: 'The system is not ready yet. Please try again in a few minutes.',
  },
  TOO_MANY_REQUESTS: {
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    en: 'You are going too fast. Please try again in a few minutes.',
  },
  UNSUPPORTED_CHARSET: {
    vi: 'Chỉ nhận dữ liệu mã hoá UTF-8.',
    en: 'Only UTF-8 encoded data is accepted.',
  },
  UNSUPPORTED_ENCODING: {
    vi: 'Không đọc được kiểu nén của dữ liệu. Hãy gửi dữ liệu không nén, hoặc nén gzip, deflate hay br.',
    en: 'The data compression is not supported. Send it uncompressed, or with gzip, deflate or br.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    vi: 'Kiểu dữ liệu gửi lên không được hỗ trợ. Hãy gửi JSON (application/json).',
    en: 'This type of data is not supported. Please send JSON (application/json).',
  },
  VALIDATION_FAILED: {
    vi: 'Dữ liệu chưa hợp lệ. Hãy kiểm tra lại các ô đã nhập.',
    en: 'Some of the data is not valid. Please check what you entered.',
  },
  FIELD_INVALID: { vi: 'Giá trị này chưa hợp lệ.', en: 'This value is not valid.' },
  FIELD_NOT_ALLOWED: { vi: 'Trường này không được phép gửi lên.', en: 'This field may not be sent.' },
  FIELD_REQUIRED: { vi: 'Hãy điền mục này.', en: 'Fill in this field.' },
  FIELD_NOT_A_NUMBER: { vi: 'Hãy nhập một số.', en: 'Enter a number.' },
  FIELD_NOT_A_CHOICE: { vi: 'Hãy chọn một trong các lựa chọn có sẵn.', en: 'Choose one of the options offered.' },
  FIELD_TOO_SHORT: { vi: 'Cần ít nhất {limit} ký tự.', en: 'Enter at least {limit} characters.' },
  FIELD_TOO_LONG: { vi: 'Nhiều nhất {limit} ký tự.', en: 'Enter at most {limit} characters.' },
  FIELD_TOO_FEW: { vi: 'Cần ít nhất {limit} mục.', en: 'Add at least {limit} entries.' },
  FIELD_TOO_MANY: { vi: 'Nhiều nhất {limit} mục.', en: 'Keep at most {limit} entries.' },
  FIELD_TOO_SMALL: { vi: 'Không được nhỏ hơn {limit}.', en: 'Enter {limit} or more.' },
  FIELD_TOO_LARGE: { vi: 'Không được lớn hơn {limit}.', en: 'Enter {limit} or less.' },
  FIELD_BAD_FORMAT: { vi: 'Giá trị này không đúng dạng.', en: 'This value is not in the expected form.' },
  YEAR_INVALID: { vi: 'Năm không hợp lệ.', en: 'The year is not valid.' },
  METRICS_FORBIDDEN: {
    vi: 'Chỉ hệ thống giám sát mới xem được số liệu này.',
    en: 'Only the monitoring system may read these figures.',
  },
  AREA_FORBIDDEN: { vi: 'Bạn không có quyền với địa bàn này.', en: 'You have no rights in this area.' },
  AREA_NOT_FOUND: { vi: 'Không tìm thấy địa bàn này.', en: 'This area was not found.' },
  ROLE_REQUIRED: {
    vi: 'Bạn không có vai trò cần thiết để thực hiện việc này.',
    en: 'You do not have the role needed to do this.',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    vi: 'Yêu cầu giống hệt đang được xử lý. Hãy đợi giây lát rồi tải lại trang.',
    en: 'The same request is still being processed. Please wait a moment, then reload the page.',
  },
  IDEMPOTENCY_KEY_INVALID: {
    vi: 'Khoá chống gửi trùng (Idempotency-Key) cần từ 8 đến 128 ký tự chữ, số, "-" hoặc "_".',
    en: 'The Idempotency-Key must be 8 to 128 letters, digits, hyphens or underscores.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    vi: 'Khoá chống gửi trùng này đã được dùng cho một yêu cầu khác. Hãy tải lại trang rồi thử lại.',
    en: 'This request key was already used for a different request. Please reload the page and try again.',
  },
} satisfies ErrorTexts;
