import { FeatureTranslations } from '@lc/web-shared-data-access';

/**
 * What a notice says, for the notices page and for the shell, which announces a pushed notice on every page (so
 * these load with the notice store, not with the records pages).
 */
export const noticeTexts: FeatureTranslations = {
  vi: {
    notices: {
      kind: {
        application_submitted: 'Hồ sơ danh hiệu năm {{name}} của bạn đã được gửi.',
        application_returned: 'Hồ sơ danh hiệu năm {{name}} được trả lại để bạn bổ sung.',
        application_verified: 'Hồ sơ danh hiệu năm {{name}} đã được cán bộ thẩm định.',
        application_recognised: 'Chúc mừng! Bạn được công nhận danh hiệu Công dân học tập năm {{name}}.',
        application_rejected: 'Hồ sơ danh hiệu năm {{name}} không được công nhận.',
        application_revoked: 'Danh hiệu Công dân học tập năm {{name}} đã bị thu hồi.',
        course_published: 'Khoá học “{{name}}” đã được duyệt và xuất bản.',
        course_returned: 'Khoá học “{{name}}” được trả lại để bạn sửa.',
      },
      arrived: 'Thông báo mới: {{text}}',
      dismiss: 'Đóng thông báo mới',
    },
  },
  en: {
    notices: {
      kind: {
        application_submitted: 'Your title application {{name}} was submitted.',
        application_returned: 'Your title application {{name}} was returned for you to complete.',
        application_verified: 'Your title application {{name}} was checked by the commune officer.',
        application_recognised: 'Congratulations! You are recognised as a Learning Citizen for {{name}}.',
        application_rejected: 'Your title application {{name}} was not recognised.',
        application_revoked: 'Your Learning Citizen title for {{name}} was revoked.',
        course_published: 'Your course “{{name}}” was approved and published.',
        course_returned: 'Your course “{{name}}” was returned for changes.',
      },
      arrived: 'New notice: {{text}}',
      dismiss: 'Close the new notice',
    },
  },
};
