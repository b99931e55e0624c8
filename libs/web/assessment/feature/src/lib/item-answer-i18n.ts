/** Strings of the answer controls of short answer, ordering, matching and hotspot items (course tests and assessment). */
export const itemAnswerTranslations = {
  vi: {
    itemAnswer: {
      shortLabel: 'Câu trả lời của bạn',
      shortHint: 'Gõ câu trả lời ngắn gọn, có dấu hoặc không dấu như câu hỏi cho phép.',
      orderHint: 'Sắp xếp các bước theo thứ tự đúng: dùng nút “Lên” và “Xuống”.',
      up: 'Lên',
      down: 'Xuống',
      moveUp: 'Chuyển “{{text}}” lên',
      moveDown: 'Chuyển “{{text}}” xuống',
      moved: '“{{text}}” giờ ở vị trí {{position}} trên {{total}}.',
      matchHint: 'Với mỗi mục, chọn mục tương ứng trong danh sách.',
      matchNone: '— Chưa chọn —',
      hotspotHint: 'Chạm vào phần đúng trên hình, hoặc chọn phần đó trong danh sách bên dưới.',
      hotspotList: 'Hoặc chọn một phần của hình',
      hotspotPoint: 'Bạn đã chạm vào hình. Máy chủ sẽ xem điểm bạn chạm nằm ở phần nào.',
      picture: 'Hình của câu hỏi',
    },
  },
  en: {
    itemAnswer: {
      shortLabel: 'Your answer',
      shortHint: 'Type a short answer, with or without Vietnamese marks as the question allows.',
      orderHint: 'Put the steps in the right order with the “Up” and “Down” buttons.',
      up: 'Up',
      down: 'Down',
      moveUp: 'Move “{{text}}” up',
      moveDown: 'Move “{{text}}” down',
      moved: '“{{text}}” is now in position {{position}} of {{total}}.',
      matchHint: 'For each item, choose the one that goes with it from the list.',
      matchNone: '— Not chosen —',
      hotspotHint: 'Tap the right part of the picture, or choose that part from the list below.',
      hotspotList: 'Or choose a part of the picture',
      hotspotPoint: 'You tapped the picture. The server will check which part you tapped.',
      picture: 'Picture of the question',
    },
  },
};
