import type { AuthUser } from '@lc/api-shared';
import { assertCityAdmin, isCityAdmin } from './city-admin';

const user = (grants: AuthUser['grants']): AuthUser => ({ id: 'u', fullName: 'A', grants });

describe(isCityAdmin.name, () => {
  it('is an admin of a whole province, not of a commune, nor any other role on the city', () => {
    expect(isCityAdmin(user([{ role: 'admin', areaId: '01', areaPath: '01' }]))).toBe(true);
    expect(isCityAdmin(user([{ role: 'admin', areaId: '00004', areaPath: '01.00004' }]))).toBe(false);
    expect(isCityAdmin(user([{ role: 'analyst', areaId: '01', areaPath: '01' }]))).toBe(false);
    expect(() => assertCityAdmin(user([]))).toThrow(expect.objectContaining({ code: 'AREA_FORBIDDEN', status: 403 }));
  });
});
