import type { ErrorTexts } from './error-text';

/** Accounts, sign-in, recovery, role grants and residential groups. */
export const IDENTITY_ERRORS = {
  ACCOUNT_ALREADY_DISABLED: { vi: 'Tài khoản này đã bị khoá.', en: 'This account is already disabled.' },
  ACCOUNT_AREA_FORBIDDEN: {
    vi: 'Người này cư trú hoặc có vai trò ngoài địa bàn bạn quản lý; hãy nhờ quản trị viên cấp trên.',
    en: 'This person lives or holds a role outside your area; please ask a higher-level administrator.',
  },
  ACCOUNT_DISABLED: {
    vi: 'Tài khoản này đang bị khoá. Hãy liên hệ cán bộ xã/phường.',
    en: 'This account is disabled. Please contact your commune officer.',
  },
  ACCOUNT_NOT_DISABLED: { vi: 'Tài khoản này không bị khoá.', en: 'This account is not disabled.' },
  ACCOUNT_SELF_FORBIDDEN: {
    vi: 'Không thể tự khoá, mở khoá hay kết thúc phiên của chính mình tại đây. Hãy nhờ một quản trị viên khác.',
    en: 'You cannot disable, enable or end the sessions of your own account here. Please ask another administrator.',
  },
  AUTH_CSRF_REFUSED: {
    vi: 'Yêu cầu này không được gửi từ trang của hệ thống. Hãy tải lại trang rồi thử lại.',
    en: 'This request did not come from the platform’s own page. Please reload the page and try again.',
  },
  AUTH_INVALID: {
    vi: 'Số định danh/tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The citizen ID / username or the password is wrong.',
  },
  AUTH_LOCKED: {
    vi: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau {wait}.',
    en: 'Too many failed sign-ins. Please try again in {wait}.',
  },
  AUTH_REFRESH_INVALID: {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has ended. Please sign in again.',
  },
  AUTH_REQUIRED: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  CITIZEN_ID_INVALID: {
    vi: 'Số định danh không khớp với năm sinh hoặc giới tính, hoặc sai cấu trúc. Hãy xem lại thẻ căn cước.',
    en: 'The citizen ID does not match the birth year or sex, or is malformed. Please check your ID card.',
  },
  CITIZEN_ID_TAKEN: {
    vi: 'Số định danh này đã được đăng ký. Hãy đăng nhập, hoặc liên hệ cán bộ xã/phường nếu không phải bạn.',
    en: 'This citizen ID is already registered. Please sign in, or contact your commune officer if it was not you.',
  },
  GRANT_AREA_INVALID: {
    vi: 'Chỉ cấp vai trò cho thành phố hoặc xã/phường.',
    en: 'Roles are granted on the city or a commune only.',
  },
  GRANT_CITY_ROLE_FORBIDDEN: {
    vi: 'Chỉ quản trị viên cấp thành phố được cấp vai trò này.',
    en: 'Only a city administrator may grant this role.',
  },
  GRANT_EXISTS: { vi: 'Người này đã có vai trò đó ở địa bàn này.', en: 'This person already has that role here.' },
  GRANT_NOT_FOUND: { vi: 'Không tìm thấy vai trò này.', en: 'This role grant was not found.' },
  GRANT_SELF_FORBIDDEN: {
    vi: 'Không thể tự cấp vai trò cho chính mình. Hãy nhờ một quản trị viên khác.',
    en: 'You cannot grant a role to yourself. Please ask another administrator.',
  },
  GROUP_EXISTS: {
    vi: 'Tổ dân phố/thôn này đã có trong xã/phường.',
    en: 'This residential group already exists in the commune.',
  },
  GROUP_NOT_IN_COMMUNE: {
    vi: 'Tổ dân phố/thôn không thuộc xã/phường đã chọn.',
    en: 'The residential group is not in the chosen commune.',
  },
  PASSWORD_INCORRECT: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  RECOVERY_INVALID: {
    vi: 'Số định danh hoặc mã không đúng, hoặc mã đã hết hạn hay đã được dùng. Hãy kiểm tra lại, hoặc nhờ cán bộ xã/phường cấp mã mới.',
    en: 'The citizen ID or the code is wrong, or the code has expired or been used. Check them, or ask your commune officer for a new code.',
  },
  RESET_CODE_ACCOUNT_DISABLED: {
    vi: 'Tài khoản này đang bị khoá; quản trị viên cần mở khoá trước.',
    en: 'This account is disabled; an administrator must enable it first.',
  },
  RESET_CODE_PERSON_NOT_FOUND: {
    vi: 'Không tìm thấy người có số định danh hoặc tên đăng nhập này trong địa bàn bạn phụ trách.',
    en: 'No one with this citizen ID or username was found in your area.',
  },
  RESET_CODE_SELF_FORBIDDEN: {
    vi: 'Không thể tự cấp mã cho chính mình. Hãy nhờ một cán bộ khác.',
    en: 'You cannot issue a code to yourself. Please ask another officer.',
  },
  RESET_CODE_STAFF_FORBIDDEN: {
    vi: 'Người này giữ vai trò cán bộ ngoài quyền của bạn; hãy nhờ quản trị viên phụ trách cấp mã.',
    en: 'This person holds an officer role beyond your rights; please ask the responsible administrator.',
  },
  USER_NOT_FOUND: { vi: 'Không tìm thấy người dùng.', en: 'This user was not found.' },
} satisfies ErrorTexts;
