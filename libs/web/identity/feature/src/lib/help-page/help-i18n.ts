/**
 * The help page and the commune contact editor. Facts only from the programme's sources (../shared/DOMAIN.md and
 * PRODUCT.md): Decision 677/QĐ-TTg, the association's criteria, Circular 02/2025/TT-BGDĐT. No invented numbers.
 */
export const helpTranslations = {
  vi: {
    help: {
      title: 'Giới thiệu & hỏi đáp',
      lead: 'Chương trình Công dân học tập là gì, làm sao để đạt danh hiệu, và hỏi ai ở xã/phường.',
      about: {
        heading: 'Công dân học tập là gì?',
        text1:
          '“Công dân học tập” là danh hiệu dành cho người dân đáp ứng bộ tiêu chí do Hội Khuyến học Việt Nam ban hành, trong chương trình xây dựng xã hội học tập theo Quyết định 677/QĐ-TTg.',
        text2:
          'Trên nền tảng này, bạn học các khoá học mở, làm bài đánh giá năng lực số, tự chấm điểm theo tiêu chí và nộp hồ sơ; cán bộ xã/phường xét và công nhận.',
      },
      earn: {
        heading: 'Làm thế nào để đạt danh hiệu?',
        step1: 'Đăng ký tài khoản bằng số định danh cá nhân (12 chữ số trên thẻ căn cước).',
        step2: 'Học các khoá học và làm bài đánh giá năng lực số; kết quả được lưu làm minh chứng.',
        step3:
          'Tự chấm 10 chỉ số, mỗi chỉ số tối đa 10 điểm, thuộc 3 nhóm năng lực: tự học và học tập suốt đời; sử dụng công cụ tương tác (gồm kỹ năng số và ngoại ngữ); quan hệ xã hội.',
        step4: 'Đạt khi tổng điểm từ 80/100 trở lên và không chỉ số nào dưới 5 điểm.',
        step5:
          'Nộp hồ sơ. Chi hội khuyến học hoặc thủ trưởng đơn vị xác minh, rồi xã/phường công nhận trong một quyết định.',
        step6: 'Giấy chứng nhận có mã QR; ai cũng tra cứu được ở mục “Tra cứu giấy chứng nhận”.',
        start: 'Tự đánh giá và nộp hồ sơ',
      },
      levels: {
        heading: 'Các mức kỹ năng số nghĩa là gì?',
        text: 'Khung năng lực số theo Thông tư 02/2025/TT-BGDĐT có 6 miền, 24 năng lực và 8 mức:',
        basic: 'Cơ bản: mức 1–2',
        intermediate: 'Trung cấp: mức 3–4',
        advanced: 'Nâng cao: mức 5–6',
        specialised: 'Chuyên sâu: mức 7–8',
        domains: 'Sáu miền năng lực:',
        domain1: 'Khai thác dữ liệu và thông tin',
        domain2: 'Giao tiếp và hợp tác trong môi trường số',
        domain3: 'Sáng tạo nội dung số',
        domain4: 'An toàn',
        domain5: 'Giải quyết vấn đề',
        domain6: 'Ứng dụng trí tuệ nhân tạo',
        counts:
          'Chỉ kết quả của bài đánh giá năng lực số chung của thành phố được tính là minh chứng kỹ năng số; bài kiểm tra trong khoá học là để luyện tập.',
        start: 'Làm bài đánh giá năng lực số',
      },
      faq: {
        heading: 'Hỏi đáp',
        forgotQ: 'Tôi quên mật khẩu thì làm thế nào?',
        forgotA:
          'Dùng mã khôi phục được cấp khi đăng ký, hoặc nhờ cán bộ xã/phường cấp mã đặt lại sau khi kiểm tra thẻ căn cước gắn chip của bạn.',
        forgotLink: 'Đặt lại mật khẩu',
        retakeQ: 'Tôi có được làm lại bài đánh giá năng lực số không?',
        retakeA: 'Có, sau một thời gian chờ. Trang đánh giá cho biết khi nào bạn làm lại được.',
        privacyQ: 'Ai xem được thông tin của tôi?',
        privacyA:
          'Trang tra cứu công khai chỉ cho biết những gì ghi trên giấy chứng nhận. Cán bộ chỉ xem hồ sơ của địa bàn mình phụ trách.',
      },
      contact: {
        heading: 'Hỏi ai ở xã/phường?',
        lead: 'Chọn xã/phường nơi bạn cư trú để xem nơi liên hệ về chương trình.',
        commune: 'Xã/phường',
        communeHint: 'Gõ tên mới hoặc tên cũ trước tháng 7/2025, ví dụ “Kim Mã”.',
        none: 'Chưa có thông tin liên hệ của {{commune}}.',
        noneHint: 'Bạn có thể hỏi trực tiếp tại UBND xã/phường.',
        of: 'Liên hệ tại {{commune}}:',
      },
    },
    communeContact: {
      heading: 'Liên hệ của xã/phường',
      lead: 'Hiện trên trang “Giới thiệu & hỏi đáp”. Chỉ ghi thông tin đã được xã/phường xác nhận; để trống để xoá.',
      commune: 'Xã/phường',
      contact: 'Nơi liên hệ (một dòng, tối đa 500 ký tự)',
      contactHint: 'Ví dụ: bộ phận, địa chỉ, giờ tiếp dân, số điện thoại chính thức.',
      tooLong: 'Tối đa 500 ký tự',
      chooseCommune: 'Vui lòng chọn xã/phường trong danh sách',
      save: 'Lưu liên hệ',
      saved: 'Đã lưu liên hệ của {{commune}}.',
      cleared: 'Đã xoá liên hệ của {{commune}}.',
    },
  },
  en: {
    help: {
      title: 'About & FAQ',
      lead: 'What the Learning Citizen programme is, how to earn the title, and whom to ask at your commune.',
      about: {
        heading: 'What is a Learning Citizen?',
        text1:
          '“Learning Citizen” (Công dân học tập) is a title for residents who meet the criteria set by the Vietnam Association for Promoting Education, in the learning-society programme of Decision 677/QĐ-TTg.',
        text2:
          'On this platform you take open courses and the digital-skills assessment, score yourself against the criteria and apply; commune officers review and recognise.',
      },
      earn: {
        heading: 'How do I earn the title?',
        step1: 'Register with your personal ID number (the 12 digits on your citizen ID card).',
        step2: 'Take courses and the digital-skills assessment; the results are kept as evidence.',
        step3:
          'Score yourself on 10 items of up to 10 points each, in 3 competency groups: self-learning and lifelong learning; using interactive tools (digital skills and foreign languages included); social relationships.',
        step4: 'You pass with a total of at least 80 of 100 and no item below 5.',
        step5:
          'Apply. The study-promotion branch or your unit head verifies, then the commune recognises you in a decision.',
        step6: 'The certificate has a QR code; anyone can check it under “Check a certificate”.',
        start: 'Self-assess and apply',
      },
      levels: {
        heading: 'What do the digital-skills levels mean?',
        text: 'The digital competence framework of Circular 02/2025/TT-BGDĐT has 6 domains, 24 competences and 8 levels:',
        basic: 'Basic: levels 1–2',
        intermediate: 'Intermediate: levels 3–4',
        advanced: 'Advanced: levels 5–6',
        specialised: 'Specialised: levels 7–8',
        domains: 'The six domains:',
        domain1: 'Data and information literacy',
        domain2: 'Communication and collaboration in the digital environment',
        domain3: 'Digital content creation',
        domain4: 'Safety',
        domain5: 'Problem solving',
        domain6: 'Using artificial intelligence',
        counts:
          'Only the city-wide digital-skills assessment counts as digital-skills evidence; tests inside courses are for practice.',
        start: 'Take the digital-skills assessment',
      },
      faq: {
        heading: 'Questions and answers',
        forgotQ: 'I forgot my password. What do I do?',
        forgotA:
          'Use the recovery code you were given at registration, or ask a commune officer for a reset code after they check your chip ID card.',
        forgotLink: 'Reset my password',
        retakeQ: 'Can I take the digital-skills assessment again?',
        retakeA: 'Yes, after a waiting time. The assessment page tells you when.',
        privacyQ: 'Who can see my information?',
        privacyA:
          'The public check page shows only what the certificate says. Officers see only the applications of their own area.',
      },
      contact: {
        heading: 'Whom do I ask at my commune?',
        lead: 'Choose the commune where you live to see whom to contact about the programme.',
        commune: 'Commune/ward',
        communeHint: 'Type its name, or its name before July 2025, e.g. “Kim Mã”.',
        none: 'No contact has been given for {{commune}} yet.',
        noneHint: 'You can ask at the commune People’s Committee in person.',
        of: 'Contact at {{commune}}:',
      },
    },
    communeContact: {
      heading: 'Commune contacts',
      lead: 'Shown on the “About & FAQ” page. Only write what the commune has confirmed; leave empty to clear.',
      commune: 'Commune/ward',
      contact: 'Contact (one line, up to 500 characters)',
      contactHint: 'For example: office, address, opening hours, official phone number.',
      tooLong: 'At most 500 characters',
      chooseCommune: 'Please choose a commune/ward from the list',
      save: 'Save contact',
      saved: 'Contact of {{commune}} saved.',
      cleared: 'Contact of {{commune}} cleared.',
    },
  },
};
