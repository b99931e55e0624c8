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
} satisfies ErrorTexts;
