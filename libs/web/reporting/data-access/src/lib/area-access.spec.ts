import { Area, RoleGrant } from '@lc/shared-contracts';
import { analystAreaChoices, mayDrillToGroups, searchKey } from './area-access';

const commune = (id: string, name: string): Area => ({
  id,
  code: id,
  name,
  kind: 'commune',
  unitType: 'phường',
  parentId: 'hn',
});
const communes = [commune('bd', 'Phường Ba Đình'), commune('hk', 'Phường Hoàn Kiếm'), commune('st', 'Xã Sóc Sơn')];
const grant = (areaId: string, areaName: string): RoleGrant => ({
  id: `g-${areaId}`,
  role: 'analyst',
  areaId,
  areaName,
});

describe('analystAreaChoices', () => {
  it('gives a city-wide analyst the whole city first, then every commune', () => {
    const choices = analystAreaChoices(communes, [grant('hn', 'Thành phố Hà Nội')]);
    expect(choices.map((c) => c.id)).toEqual(['hn', 'bd', 'hk', 'st']);
    expect(choices[0]).toEqual({ id: 'hn', name: null, kind: 'city' });
  });

  it('limits a commune analyst to their communes, without the city', () => {
    const choices = analystAreaChoices(communes, [grant('hk', 'Phường Hoàn Kiếm'), grant('st', 'Xã Sóc Sơn')]);
    expect(choices.map((c) => c.name)).toEqual(['Phường Hoàn Kiếm', 'Xã Sóc Sơn']);
  });

  it('keeps a grant below a commune by its name', () => {
    const choices = analystAreaChoices(communes, [grant('tdp-1', 'Tổ dân phố 1')]);
    expect(choices).toEqual([{ id: 'tdp-1', name: 'Tổ dân phố 1', kind: 'other' }]);
  });

  it('gives nothing without a grant', () => {
    expect(analystAreaChoices(communes, [])).toEqual([]);
  });
});

describe('searchKey', () => {
  it('matches Vietnamese names typed without diacritics', () => {
    expect(searchKey('Phường Ba Đình')).toContain(searchKey('ba dinh'));
    expect(searchKey('Xã Sóc Sơn')).toContain('soc son');
  });
});

describe('mayDrillToGroups', () => {
  it("offers a commune's groups to the commune's own analysts only", () => {
    expect(mayDrillToGroups('hk', [grant('hk', 'Phường Hoàn Kiếm')])).toBe(true);
    expect(mayDrillToGroups('hk', [grant('hn', 'Thành phố Hà Nội')])).toBe(false);
    expect(mayDrillToGroups('hk', [grant('st', 'Xã Sóc Sơn')])).toBe(false);
    expect(mayDrillToGroups(null, [grant('hn', 'Thành phố Hà Nội')])).toBe(false);
  });
});
