import type { ErrorTexts } from './error-text';

/** The H5P editor: `EDITOR_INVALID` carries one problem per field in `details.problems`. */
export const EDITOR_ERRORS = {
  EDITOR_CHOICE: { vi: 'Hãy chọn một trong các giá trị được phép.', en: 'Please choose one of the allowed values.' },
  EDITOR_CONTROL_CHARACTER: {
    vi: 'Ô này có ký tự không được phép. Hãy xoá rồi lưu lại.',
    en: 'This field has a character that is not allowed. Remove it and save again.',
  },
  EDITOR_CORRECT_MULTIPLE: {
    vi: 'Hãy đánh dấu ít nhất một đáp án đúng.',
    en: 'Please mark at least one answer as correct.',
  },
  EDITOR_CORRECT_SINGLE: {
    vi: 'Câu hỏi một đáp án cần đúng một đáp án được đánh dấu đúng.',
    en: 'A single-answer question needs exactly one answer marked correct.',
  },
  EDITOR_HOTSPOT_OUTSIDE: {
    vi: 'Vùng cần chạm phải nằm trọn trong ảnh màn hình.',
    en: 'The area to tap must lie wholly inside the screenshot.',
  },
  EDITOR_IMAGE_INVALID: {
    vi: 'Ảnh không đọc được. Hãy chọn một ảnh khác.',
    en: 'The image cannot be read. Please choose another image.',
  },
  EDITOR_IMAGE_MISSING: {
    vi: 'Không tìm thấy ảnh đã dùng trước đây. Hãy chọn lại ảnh.',
    en: 'An image used before was not found. Please choose the image again.',
  },
  EDITOR_IMAGE_REQUIRED: { vi: 'Hãy chọn một ảnh.', en: 'Please choose an image.' },
  EDITOR_IMAGE_TOO_LARGE: {
    vi: 'Ảnh quá lớn. Hãy thu nhỏ ảnh rồi chọn lại.',
    en: 'The image is too large. Make it smaller and choose it again.',
  },
  EDITOR_IMAGE_TYPE: {
    vi: 'Tệp không phải ảnh PNG, JPEG, GIF, WebP hay SVG. Hãy chọn một ảnh khác.',
    en: 'The file is not a PNG, JPEG, GIF, WebP or SVG image. Please choose another image.',
  },
  EDITOR_INVALID: {
    vi: 'Bài học còn ô chưa hợp lệ. Hãy sửa các ô được đánh dấu.',
    en: 'Some fields of the lesson are not valid. Please correct the marked fields.',
  },
  EDITOR_MATERIAL_NOT_FOUND: {
    vi: 'Không tìm thấy bài học này trong trình soạn thảo của khoá học.',
    en: 'This lesson was not found in the course editor.',
  },
  EDITOR_NOT_NUMBER: { vi: 'Hãy nhập một số.', en: 'Please enter a number.' },
  EDITOR_OUT_OF_RANGE: { vi: 'Số này nằm ngoài khoảng cho phép.', en: 'This number is outside the allowed range.' },
  EDITOR_REQUIRED: { vi: 'Hãy nhập nội dung cho ô này.', en: 'Please fill in this field.' },
  EDITOR_SHAPE: {
    vi: 'Dữ liệu của phần này không đúng dạng. Hãy tải lại trình soạn thảo.',
    en: 'This part’s data has the wrong shape. Please reload the editor.',
  },
  EDITOR_SOURCE_INVALID: {
    vi: 'Dữ liệu bài học gửi lên không đọc được. Hãy tải lại trang.',
    en: 'The lesson data sent cannot be read. Please reload the page.',
  },
  EDITOR_TOO_FEW: { vi: 'Chưa đủ số mục tối thiểu.', en: 'There are fewer items than the minimum.' },
  EDITOR_TOO_LONG: { vi: 'Nội dung quá dài.', en: 'The text is too long.' },
  EDITOR_TOO_MANY: { vi: 'Quá số mục tối đa.', en: 'There are more items than the maximum.' },
  EDITOR_TOO_MANY_IMAGES: {
    vi: 'Có quá nhiều ảnh khác nhau trong một bài học.',
    en: 'There are too many different images in one lesson.',
  },
} satisfies ErrorTexts;
