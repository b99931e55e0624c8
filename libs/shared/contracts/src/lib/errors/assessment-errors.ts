import type { ErrorTexts } from './error-text';

/** Course tests and the city-wide digital-skills assessment. */
export const ASSESSMENT_ERRORS = {
  ANSWER_ALREADY_SAVED: {
    vi: 'Câu này đã được lưu. Bài đánh giá không cho sửa câu đã trả lời.',
    en: 'This answer is already saved. The assessment does not allow changing an answered question.',
  },
  ANSWER_EMPTY: { vi: 'Hãy chọn một đáp án trước khi lưu.', en: 'Please choose an answer before saving.' },
  ANSWER_INVALID: { vi: 'Câu trả lời không hợp lệ.', en: 'The answer is not valid.' },
  ASSESSMENT_BANK_EMPTY: {
    vi: 'Ngân hàng câu hỏi chưa có câu để đánh giá. Hãy báo cho cán bộ.',
    en: 'The question bank has no questions for the assessment yet. Please tell an officer.',
  },
  ASSESSMENT_FINISHED: { vi: 'Bài đánh giá này đã kết thúc.', en: 'This assessment has finished.' },
  ASSESSMENT_NOT_CONFIGURED: {
    vi: 'Bài đánh giá năng lực số chưa được cấu hình. Hãy báo cho quản trị viên.',
    en: 'The digital-skills assessment is not set up yet. Please tell an administrator.',
  },
  ASSESSMENT_RETAKE_TOO_SOON: {
    vi: 'Bạn đã làm bài đánh giá năng lực số gần đây. Hãy làm lại sau.',
    en: 'You took the digital-skills assessment recently. You can take it again later.',
  },
  ASSESSMENT_TIME_UP: {
    vi: 'Đã hết giờ làm bài. Kết quả được tính trên những câu bạn đã trả lời.',
    en: 'Time is up. Your result counts the questions you answered.',
  },
  ATTEMPT_COOLDOWN: {
    vi: 'Bạn chưa thể làm lại bài này. Hãy thử lại sau.',
    en: 'You cannot retake this test yet. Please try again later.',
  },
  ATTEMPT_EXPIRED: {
    vi: 'Đã hết giờ làm bài. Hãy nộp bài để xem kết quả.',
    en: 'Time is up. Submit the test to see your result.',
  },
  ATTEMPT_NOT_FOUND: { vi: 'Không tìm thấy bài làm.', en: 'The attempt was not found.' },
  ATTEMPT_SUBMITTED: {
    vi: 'Bài này đã nộp, không sửa được câu trả lời.',
    en: 'This test is submitted; its answers cannot be changed.',
  },
  ITEM_NOT_IN_ATTEMPT: {
    vi: 'Câu hỏi này không thuộc bài làm của bạn.',
    en: 'This question is not part of your attempt.',
  },
  QUESTION_NOT_FOUND: {
    vi: 'Không tìm thấy câu hỏi này trong bài làm của bạn.',
    en: 'This question was not found in your attempt.',
  },
  TEST_BANK_TOO_SMALL: {
    vi: 'Ngân hàng câu hỏi chưa đủ câu cho bài kiểm tra này. Hãy báo cho cán bộ phụ trách.',
    en: 'The question bank does not have enough questions for this test. Please tell the responsible officer.',
  },
  TEST_ITEM_INVALID: { vi: 'Có câu hỏi chưa hợp lệ.', en: 'A question is not valid.' },
  TEST_NOT_FOUND: { vi: 'Không tìm thấy bài kiểm tra.', en: 'The test was not found.' },
  ITEM_NOT_FOUND: { vi: 'Không tìm thấy câu hỏi này.', en: 'This question was not found.' },
  ITEM_OWN_REVIEW_FORBIDDEN: {
    vi: 'Không thể tự duyệt câu hỏi do chính mình đề xuất.',
    en: 'You cannot review a question you proposed yourself.',
  },
  ITEM_PICTURE_ALT_MISSING: {
    vi: 'Hãy mô tả hình ảnh (văn bản thay thế) bằng cả tiếng Việt và tiếng Anh.',
    en: 'Please describe the picture (alt text) in both Vietnamese and English.',
  },
  ITEM_PICTURE_TOO_LARGE: {
    vi: 'Hình ảnh quá lớn: tối đa 60 KB.',
    en: 'The picture is too large: at most 60 KB.',
  },
  ITEM_PICTURE_TYPE: {
    vi: 'Hình ảnh phải là tệp PNG, JPEG hoặc WebP.',
    en: 'The picture must be a PNG, JPEG or WebP file.',
  },
  ITEM_PROPOSAL_INVALID: {
    vi: 'Đề xuất câu hỏi chưa hợp lệ. Hãy kiểm tra các trường đã nhập.',
    en: 'The proposed question is not valid. Please check what you entered.',
  },
  ITEM_TYPE_FIELDS_MISSING: {
    vi: 'Câu hỏi thiếu phần riêng của loại đã chọn (phương án, đáp án, cặp hoặc vùng).',
    en: 'The question lacks the parts its type needs (options, answers, pairs or regions).',
  },
  ITEM_OPTIONS_REPEATED: {
    vi: 'Các phương án, cặp hoặc vùng phải khác nhau, ở cả tiếng Việt và tiếng Anh.',
    en: 'Options, pairs and regions must differ from each other, in Vietnamese and in English.',
  },
  ITEM_ANSWER_NOT_NUMERIC: {
    vi: 'Đáp án dạng số chỉ được chứa số, ví dụ 2,5 hoặc 10.',
    en: 'A numeric answer may contain only a number, such as 2.5 or 10.',
  },
  ITEM_HOTSPOT_PICTURE_REQUIRED: {
    vi: 'Câu chọn vùng trên hình cần một hình ảnh.',
    en: 'A picture-hotspot question needs a picture.',
  },
  ITEM_HOTSPOT_REGIONS: {
    vi: 'Các vùng phải nằm trong hình và không chồng lên nhau.',
    en: 'The regions must lie inside the picture and must not overlap.',
  },
  ITEM_TEXT_RULES: {
    vi: 'Nội dung chưa đạt quy tắc của ngân hàng: phương án phải đúng ở mọi vị trí và tiếng Việt cần có dấu.',
    en: 'The text breaks a bank rule: options must hold in any position, and the Vietnamese must carry its marks.',
  },
  ITEM_REVIEW_FORBIDDEN: {
    vi: 'Chỉ người duyệt nội dung được duyệt câu hỏi của ngân hàng.',
    en: 'Only content reviewers may review questions of the bank.',
  },
  ITEM_REVISES_FIXED: {
    vi: 'Không đổi được câu hỏi gốc của một bản sửa.',
    en: 'The question a revision changes cannot be switched.',
  },
  ITEM_REVISION_OPEN: {
    vi: 'Câu hỏi này đang có một bản sửa chờ duyệt. Hãy chờ bản đó được duyệt.',
    en: 'This question already has a revision waiting for review. Please wait until it is reviewed.',
  },
  ITEM_STATE_CHANGED: {
    vi: 'Trạng thái câu hỏi đã thay đổi, không thực hiện được thao tác này. Hãy tải lại trang.',
    en: 'The question’s state has changed, so this cannot be done. Please reload the page.',
  },
  REPORT_NOT_FOUND: { vi: 'Không tìm thấy báo lỗi này.', en: 'This problem report was not found.' },
  REVIEW_REASONS_REQUIRED: {
    vi: 'Hãy ghi lý do trả lại để tác giả biết cần sửa gì.',
    en: 'Please write why you return it, so the author knows what to fix.',
  },
  CALIBRATION_BUSY: {
    vi: 'Một lượt hiệu chỉnh khác vừa chạy xong. Hãy thử lại sau ít phút.',
    en: 'Another calibration has just run. Please try again in a few minutes.',
  },
  CALIBRATION_FAILED: {
    vi: 'Lượt hiệu chỉnh không hoàn thành; các tham số câu hỏi vẫn giữ nguyên.',
    en: 'The calibration did not finish; the item parameters are unchanged.',
  },
} satisfies ErrorTexts;
