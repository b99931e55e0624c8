/** Strings of the city admin's calibration page. */
export const calibrationTranslations = {
  vi: {
    calibration: {
      title: 'Hiệu chỉnh ngân hàng câu hỏi',
      intro:
        'Ước lượng lại độ khó và độ phân biệt của các câu hỏi từ câu trả lời đã thu được trong bài đánh giá năng lực số. Câu có ít hơn 200 câu trả lời giữ nguyên thông số cũ. Kết quả đã có giữ phiên bản đã chấm chúng.',
      start: 'Chạy hiệu chỉnh',
      runs: 'Các lượt hiệu chỉnh',
      none: 'Chưa có lượt hiệu chỉnh nào.',
      startedAt: 'bắt đầu {{when}}',
      summary:
        'Phiên bản {{version}}: ước lượng lại {{calibrated}} câu, giữ {{keptPrevious}} câu, từ {{responses}} câu trả lời của {{attempts}} lượt làm bài.',
      unchanged:
        'Chưa câu nào có đủ {{minResponses}} câu trả lời ({{responses}} câu trả lời của {{attempts}} lượt làm bài): giữ nguyên phiên bản {{basedOn}}, không công bố phiên bản mới.',
      failed: 'Lượt này không hoàn thành. Hãy thử lại hoặc báo cho nhóm kỹ thuật.',
      status: { running: 'Đang chạy…', done: 'Đã xong', failed: 'Lỗi' },
    },
  },
  en: {
    calibration: {
      title: 'Calibrate the item bank',
      intro:
        'Re-estimates the difficulty and discrimination of the items from the answers collected by the digital-skills assessment. Items with fewer than 200 answers keep their parameters. Existing results keep the version they were scored with.',
      start: 'Run calibration',
      runs: 'Calibration runs',
      none: 'No calibration has run yet.',
      startedAt: 'started {{when}}',
      summary:
        'Version {{version}}: {{calibrated}} items re-estimated, {{keptPrevious}} kept, from {{responses}} answers in {{attempts}} attempts.',
      unchanged:
        'No item has {{minResponses}} answers yet ({{responses}} answers in {{attempts}} attempts): version {{basedOn}} stays, nothing new is published.',
      failed: 'This run did not finish. Try again or tell the technical team.',
      status: { running: 'Running…', done: 'Done', failed: 'Failed' },
    },
  },
};
