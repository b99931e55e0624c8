import { FeatureTranslations } from '@lc/web-shared-data-access';

const vi = {
  list: {
    title: 'Khoá học',
    lead: 'Các khoá học mở về kỹ năng số và học tập suốt đời. Học miễn phí, theo nhịp của bạn.',
    empty: 'Chưa có khoá học nào được xuất bản.',
  },
  course: {
    by: 'Người soạn: {{name}}',
    licence: 'Giấy phép: {{licence}}',
    module: 'Học phần {{n}}: {{title}}',
    noMaterials: 'Học phần này chưa có bài học.',
    open: 'Mở bài học',
    close: 'Đóng bài học',
    takeTest: 'Làm bài kiểm tra',
    previewTest: 'Xem như người học',
    previewTestLabel: 'Xem bài kiểm tra {{title}} như người học',
    remove: 'Xoá',
    removeLabel: 'Xoá học liệu “{{title}}”',
    itemCount: '{{count}} câu hỏi',
    kindH5p: 'Bài học tương tác',
    done: 'Đã xong',
    kindTest: 'Bài kiểm tra',
    signInToSave: 'Đăng nhập để lưu kết quả học tập của bạn.',
    signIn: 'Đăng nhập',
    saved: 'Đã ghi nhận kết quả học tập.',
    playerError: 'Không mở được bài học này. Vui lòng thử lại sau.',
    playerLoading: 'Đang mở bài học…',
    back: 'Quay lại danh sách khoá học',
  },
};

const en: typeof vi = {
  list: {
    title: 'Courses',
    lead: 'Open courses on digital skills and lifelong learning. Free, at your own pace.',
    empty: 'No course has been published yet.',
  },
  course: {
    by: 'Author: {{name}}',
    licence: 'Licence: {{licence}}',
    module: 'Module {{n}}: {{title}}',
    noMaterials: 'This module has no lessons yet.',
    open: 'Open lesson',
    close: 'Close lesson',
    takeTest: 'Take the test',
    previewTest: 'Preview as a learner',
    previewTestLabel: 'Preview the test {{title}} as a learner',
    remove: 'Delete',
    removeLabel: 'Delete material “{{title}}”',
    itemCount: '{{count}} questions',
    kindH5p: 'Interactive lesson',
    done: 'Done',
    kindTest: 'Test',
    signInToSave: 'Sign in to keep a record of your learning.',
    signIn: 'Sign in',
    saved: 'Your learning result was recorded.',
    playerError: 'This lesson could not be opened. Please try again later.',
    playerLoading: 'Opening the lesson…',
    back: 'Back to the courses',
  },
};

/**
 * What learners read: the course list and a course page (`catalog.list.*`, `catalog.course.*`). Trainers and
 * reviewers see the same course outline, so their routes load these too.
 */
export const learnerTranslations: FeatureTranslations = {
  vi: { catalog: vi },
  en: { catalog: en },
};
