import type { ErrorTexts } from './error-text';

/** Courses, materials, H5P packages and libraries. Package problems also travel in `details.problems`. */
export const CATALOG_ERRORS = {
  COURSE_EMPTY: {
    vi: 'Khoá học chưa có học liệu nào nên chưa gửi duyệt được.',
    en: 'The course has no materials yet, so it cannot be sent for review.',
  },
  COURSE_NOT_AUTHOR: {
    vi: 'Chỉ tác giả mới sửa được khoá học này.',
    en: 'Only the author may change this course.',
  },
  COURSE_NOT_FOUND: { vi: 'Không tìm thấy khoá học.', en: 'The course was not found.' },
  COURSE_STATUS_CONFLICT: {
    vi: 'Khoá học vừa được người khác xử lý. Hãy tải lại trang.',
    en: 'Someone else has just handled this course. Please reload the page.',
  },
  MATERIAL_NOT_FOUND: { vi: 'Không tìm thấy học liệu.', en: 'The material was not found.' },
  REVIEW_OWN_COURSE: {
    vi: 'Bạn không thể tự duyệt khoá học của mình.',
    en: 'You cannot review your own course.',
  },
  XAPI_IGNORED: {
    vi: 'Câu lệnh xAPI này không được lưu làm minh chứng học tập.',
    en: 'This xAPI statement is not kept as learning evidence.',
  },
  H5P_CONTENT_MISSING: {
    vi: 'Gói H5P thiếu nội dung (content/content.json).',
    en: 'The H5P package has no content (content/content.json).',
  },
  H5P_CONTENT_TYPE_DISABLED: {
    vi: 'Dạng nội dung của gói H5P đang bị tắt trên nền tảng.',
    en: 'The content type of this H5P package is turned off on the platform.',
  },
  H5P_DEPENDENCY_MISSING: {
    vi: 'Gói H5P cần thư viện chưa có trên nền tảng và cũng không kèm trong gói. Hãy nhờ quản trị viên cài đặt.',
    en: 'The H5P package needs a library that is neither installed nor bundled. Please ask an administrator.',
  },
  H5P_FILE_MISSING: { vi: 'Hãy chọn một tệp .h5p để tải lên.', en: 'Please choose a .h5p file to upload.' },
  H5P_FILE_NOT_FOUND: { vi: 'Không tìm thấy tệp của học liệu.', en: 'The material’s file was not found.' },
  H5P_FILE_TYPE: {
    vi: 'Gói H5P chứa loại tệp không được phép.',
    en: 'The H5P package contains a type of file that is not allowed.',
  },
  H5P_INSTALL_DECIDED: {
    vi: 'Lượt cài đặt này đã được xác nhận hoặc huỷ rồi.',
    en: 'This installation has already been confirmed or cancelled.',
  },
  H5P_INSTALL_EXPIRED: {
    vi: 'Lượt cài đặt đã quá hạn. Hãy tải gói lên lại để xem trước.',
    en: 'This installation has expired. Upload the package again to preview it.',
  },
  H5P_INSTALL_NOT_FOUND: { vi: 'Không tìm thấy lượt cài đặt này.', en: 'This installation was not found.' },
  H5P_INSTALL_STALE: {
    vi: 'Thư viện mà gói cần vừa bị gỡ. Hãy tải gói lên lại để xem trước.',
    en: 'A library the package needs was just removed. Upload the package again to preview it.',
  },
  H5P_LIBRARY_INVALID: {
    vi: 'Một thư viện trong gói H5P không hợp lệ.',
    en: 'A library in the H5P package is not valid.',
  },
  H5P_LIBRARY_IN_USE: {
    vi: 'Không gỡ được: thư viện đang được dùng.',
    en: 'Cannot remove: the library is in use.',
  },
  H5P_LIBRARY_NOT_FOUND: { vi: 'Không tìm thấy thư viện này.', en: 'This library was not found.' },
  H5P_LIBRARY_NOT_INSTALLED: {
    vi: 'Gói H5P dùng dạng nội dung chưa được cài trên nền tảng. Hãy nhờ quản trị viên cài đặt.',
    en: 'The H5P package uses a content type that is not installed. Please ask an administrator.',
  },
  H5P_MAIN_NOT_RUNNABLE: {
    vi: 'Thư viện chính của gói H5P không chạy được như một bài học.',
    en: 'The main library of the H5P package cannot run as a lesson.',
  },
  H5P_MANIFEST_INVALID: {
    vi: 'Tệp h5p.json trong gói không hợp lệ.',
    en: 'The h5p.json file in the package is not valid.',
  },
  H5P_MANIFEST_MISSING: { vi: 'Gói H5P thiếu tệp h5p.json.', en: 'The H5P package has no h5p.json file.' },
  H5P_NOT_ZIP: {
    vi: 'Tệp tải lên không phải gói H5P (tệp .h5p là một tệp zip).',
    en: 'The uploaded file is not an H5P package (a .h5p file is a zip file).',
  },
  H5P_PATH_ESCAPE: {
    vi: 'Gói H5P có đường dẫn tệp không an toàn.',
    en: 'The H5P package has an unsafe file path.',
  },
  H5P_PATH_INVALID: {
    vi: 'Gói H5P có đường dẫn tệp quá dài, quá sâu hoặc trùng nhau.',
    en: 'The H5P package has file paths that are too long, too deep or duplicated.',
  },
  H5P_QUOTA_EXCEEDED: {
    vi: 'Dung lượng lưu trữ học liệu của bạn không đủ. Hãy xoá học liệu không dùng hoặc nhờ quản trị viên tăng hạn mức.',
    en: 'Your storage for materials is full. Delete unused materials or ask an administrator for more space.',
  },
  H5P_STATE_INVALID: { vi: 'Dữ liệu bài học không hợp lệ.', en: 'The lesson data is not valid.' },
  H5P_STATE_NOT_FOUND: { vi: 'Không tìm thấy dữ liệu học tập này.', en: 'This learning data was not found.' },
  H5P_STATE_TOO_LARGE: {
    vi: 'Dữ liệu bài học quá lớn để lưu lại.',
    en: 'The lesson data is too large to be saved.',
  },
  H5P_SVG_INVALID: {
    vi: 'Một tệp ảnh SVG trong gói H5P không đọc được.',
    en: 'An SVG image in the H5P package cannot be read.',
  },
  H5P_TOO_LARGE: { vi: 'Tệp H5P quá lớn.', en: 'The H5P file is too large.' },
  H5P_TOO_MANY_FILES: { vi: 'Gói H5P có quá nhiều tệp.', en: 'The H5P package has too many files.' },
  H5P_UPLOAD_RETRY: {
    vi: 'Gói H5P vừa bị xoá trong lúc tải lên. Hãy tải lên lại.',
    en: 'The H5P package was removed while uploading. Please upload it again.',
  },
  COURSE_NOT_EMPTY: {
    vi: 'Hãy xoá các học liệu của khoá học trước khi xoá khoá học.',
    en: 'Please delete the course’s materials before deleting the course.',
  },
} satisfies ErrorTexts;
