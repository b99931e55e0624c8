import type { Role } from '@lc/shared-contracts';

/** The demo accounts printed by `npm start` and listed in the README; demo data only, never in production. */
export const DEMO_PASSWORD = 'HocTap@2026';
export const DEMO_COMMUNE_ID = '00004'; // Phường Ba Đình
export const CITY_ID = '01';

export interface DemoStaff {
  username: string;
  fullName: string;
  role: Role;
  areaId: string;
}

export const DEMO_STAFF: DemoStaff[] = [
  { username: 'admin', fullName: 'Quản trị viên thành phố', role: 'admin', areaId: CITY_ID },
  { username: 'trainer', fullName: 'Trần Thị Hoa (giảng viên)', role: 'trainer', areaId: CITY_ID },
  { username: 'reviewer', fullName: 'Lê Văn Minh (duyệt nội dung)', role: 'content_reviewer', areaId: CITY_ID },
  { username: 'verifier', fullName: 'Phạm Thu Trang (chi hội khuyến học)', role: 'verifier', areaId: DEMO_COMMUNE_ID },
  {
    username: 'approver',
    fullName: 'Nguyễn Đức Thắng (Hội Khuyến học phường)',
    role: 'approver',
    areaId: DEMO_COMMUNE_ID,
  },
  { username: 'analyst', fullName: 'Đỗ Mai Anh (phân tích số liệu)', role: 'analyst', areaId: CITY_ID },
];

/** A demo citizen of Phường Ba Đình, who signs in with a citizen ID number like everyone else. */
export const DEMO_CITIZEN = {
  citizenId: '001185000001',
  fullName: 'Nguyễn Thị Lan',
  birthYear: 1985,
  gender: 'female' as const,
};

/** The communes that get demo citizens: Ba Đình first, then eleven others across the city. */
export const DEMO_COMMUNES = [
  '00004',
  '00008',
  '00091',
  '00118',
  '00292',
  '09556',
  '09619',
  '00235',
  '10489',
  '09895',
  '09700',
  '10369',
];
