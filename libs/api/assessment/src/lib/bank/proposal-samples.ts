import type { ItemProposalRequest, ProposableType } from '@lc/shared-contracts';

const t = (vi: string, en: string) => ({ vi, en });
/** A real 1×1 PNG, for hotspot proposals in tests; its declared size is what the regions are checked against. */
export const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** One sound proposal of each type, as the tests of the proposal rules and the HTTP tests use them. */
export function sampleProposal(type: ProposableType, n = 0): ItemProposalRequest {
  const base = {
    competence: '4.1',
    level: 2,
    stem: t(`Câu hỏi số ${n} về an toàn mật khẩu: hãy trả lời.`, `Question ${n} about password safety: answer it.`),
    explanation: t('Mật khẩu dài và riêng cho từng tài khoản thì an toàn hơn.', 'Long, separate passwords are safer.'),
  };
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        ...base,
        type,
        options: [t('Dùng chung một mật khẩu', 'Reuse one password'), t('Mật khẩu dài', 'A long password')],
        correct: [1],
      };
    case 'true_false':
      return { ...base, type, truth: false };
    case 'short_answer':
      return { ...base, type, accepted: ['mật khẩu', 'password'], numeric: false, ignoreToneMarks: true };
    case 'ordering':
      return {
        ...base,
        type,
        options: [
          t('Mở phần cài đặt', 'Open the settings'),
          t('Chọn Bảo mật', 'Choose Security'),
          t('Đổi mật khẩu', 'Change the password'),
        ],
      };
    case 'matching':
      return {
        ...base,
        type,
        pairs: [
          { left: t('Mật khẩu', 'Password'), right: t('Điều bạn biết', 'Something you know') },
          { left: t('Điện thoại', 'Phone'), right: t('Thứ bạn có', 'Something you have') },
          { left: t('Vân tay', 'Fingerprint'), right: t('Đặc điểm của bạn', 'Something you are') },
        ],
      };
    case 'hotspot':
      return {
        ...base,
        type,
        picture: {
          src: `data:image/png;base64,${PNG_1X1}`,
          width: 360,
          height: 640,
          alt: t('Màn hình đăng nhập', 'A sign-in screen'),
        },
        regions: [
          { x: 20, y: 100, width: 320, height: 60, label: t('Ô tên đăng nhập', 'The user-name box') },
          { x: 20, y: 200, width: 320, height: 60, label: t('Ô mật khẩu', 'The password box') },
        ],
        correct: [1],
      };
  }
}
