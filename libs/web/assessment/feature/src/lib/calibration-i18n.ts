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
      proposal: {
        caption:
          'Điểm cắt đề xuất theo thông số mới (chưa áp dụng): mức bắt đầu ở năng lực mà người làm bài dự kiến trả lời đúng một nửa số câu của mức đó.',
        level: 'Mức',
        inForce: 'Đang áp dụng',
        proposed: 'Đề xuất',
        review:
          'Phiên bản mới vẫn dùng điểm cắt đang áp dụng. Đề xuất chỉ được dùng sau khi người có thẩm quyền xem xét và công bố thành một phiên bản điểm cắt. Số mức phải ngoại suy hoặc nâng lên để giữ thứ tự: {{notes}}.',
      },
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
      proposal: {
        caption:
          'Cut scores the new parameters suggest (not applied): a level starts at the ability where half of its items are expected right.',
        level: 'Level',
        inForce: 'In force',
        proposed: 'Proposed',
        review:
          'The new version keeps the cut scores in force. The proposal is used only once someone responsible has reviewed it and published it as a cut-score version. Levels extrapolated or raised to keep the order: {{notes}}.',
      },
    },
  },
};
