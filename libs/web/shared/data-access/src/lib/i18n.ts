/** Strings of the shared layer (errors, shell, common words); the app provides them at the root. */
export const sharedTranslations = {
  vi: {
    shared: {
      errors: {
        network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
        server: 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.',
        unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
      },
      errorSummary: 'Có lỗi cần sửa',
      helpLinks: {
        criteria: 'Tiêu chí và cách chấm điểm',
        levels: 'Các mức kỹ năng số nghĩa là gì?',
      },
      loading: 'Đang tải…',
      optionList: {
        up: 'Lên',
        down: 'Xuống',
        upLabel: 'Đưa mục {{n}} lên',
        downLabel: 'Đưa mục {{n}} xuống',
        moved: '{{text}}: nay ở vị trí {{position}} trên {{total}}.',
      },
      savedOffline: 'Đã lưu kết quả trên máy này; sẽ gửi đi khi có mạng.',
      retry: 'Thử lại',
      cancel: 'Huỷ',
      confirm: 'Đồng ý',
      close: 'Đóng',
      save: 'Lưu',
      required: 'Vui lòng nhập thông tin này',
      level: 'Mức {{level}}',
      minutes: '{{minutes}} phút',
      unsaved: {
        title: 'Thay đổi chưa được lưu',
        message: 'Một số thay đổi của bạn chưa được lưu lên máy chủ. Nếu rời trang bây giờ, chúng sẽ mất.',
        leave: 'Rời trang',
        stay: 'Ở lại trang',
      },
      notFound: {
        title: 'Không tìm thấy trang',
        text: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
        home: 'Về trang chủ',
      },
    },
  },
  en: {
    shared: {
      errors: {
        network: 'Cannot reach the server. Please check your connection and try again.',
        server: 'The server has a problem. Please try again later.',
        unknown: 'Something went wrong. Please try again.',
      },
      errorSummary: 'There is a problem',
      helpLinks: {
        criteria: 'The criteria and how scoring works',
        levels: 'What do the digital-skills levels mean?',
      },
      loading: 'Loading…',
      optionList: {
        up: 'Up',
        down: 'Down',
        upLabel: 'Move entry {{n}} up',
        downLabel: 'Move entry {{n}} down',
        moved: '{{text}}: now at position {{position}} of {{total}}.',
      },
      savedOffline: 'Your result is kept on this device and will be sent when you are back online.',
      retry: 'Try again',
      cancel: 'Cancel',
      confirm: 'OK',
      close: 'Close',
      save: 'Save',
      required: 'Please fill in this field',
      level: 'Level {{level}}',
      minutes: '{{minutes}} min',
      unsaved: {
        title: 'Changes not saved',
        message: 'Some of your changes are not saved on the server yet. If you leave now, they will be lost.',
        leave: 'Leave the page',
        stay: 'Stay on the page',
      },
      notFound: {
        title: 'Page not found',
        text: 'The page you are looking for does not exist or has moved.',
        home: 'Go to the home page',
      },
    },
  },
};
