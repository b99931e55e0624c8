import type { ErrorTexts } from './error-text';

/** KPI dashboards, targets and population imports. */
export const REPORTING_ERRORS = {
  COMMUNE_REQUIRED: { vi: 'Chọn một xã/phường.', en: 'Choose a commune.' },
  IMPORT_INVALID: {
    vi: 'Có dòng chưa hợp lệ; chưa nạp dòng nào. Sửa rồi gửi lại cả tệp.',
    en: 'Some lines are not valid; nothing was imported. Correct them and send the whole file again.',
  },
  KPI_AREA_INVALID: {
    vi: 'Chỉ số được tính cho thành phố hoặc một xã/phường; số liệu thôn, tổ dân phố xem theo từng xã/phường.',
    en: 'KPIs are computed for the city or a commune; residential groups are shown per commune.',
  },
  KPI_DIMENSION_INVALID: {
    vi: 'Chọn một cách chia: giới tính, nhóm tuổi hoặc nhóm đối tượng.',
    en: 'Choose a breakdown: sex, age band or population group.',
  },
  KPI_GROUPS_LOCAL_ONLY: {
    vi: 'Số liệu theo thôn, tổ dân phố chỉ dành cho cán bộ của chính xã/phường đó.',
    en: 'Figures by residential group are for the commune’s own officers only.',
  },
  KPI_TARGETS_INVALID: { vi: 'Mục tiêu chưa hợp lệ.', en: 'The targets are not valid.' },
  KPI_TARGET_EXISTS: {
    vi: 'Đã có mục tiêu áp dụng từ ngày này cho chỉ số và năm này.',
    en: 'A target for this KPI and year already applies from that day.',
  },
  KPI_YEARS_INVALID: {
    vi: 'Khoảng năm không hợp lệ: năm đầu phải trước năm cuối.',
    en: 'The range of years is not valid: the first year must come before the last.',
  },
  KPI_YEAR_NOT_KEPT: {
    vi: 'Chưa có quy tắc tính chỉ số hoặc số liệu tổng hợp cho năm này.',
    en: 'There are no KPI rules or figures for this year yet.',
  },
  CRITERIA_COURSE_INVALID: {
    vi: 'Chỉ chọn được khóa học đã xuất bản và có bài kiểm tra: hoàn thành khóa học là đạt bài kiểm tra đó.',
    en: 'Only a published course with a test can be chosen: completing the course means passing that test.',
  },
  IMPORT_FILE_REQUIRED: {
    vi: 'Gửi đúng một tệp: CSV hoặc Excel (.xlsx).',
    en: 'Send exactly one file: CSV or Excel (.xlsx).',
  },
} satisfies ErrorTexts;
