import { resolve } from 'node:path';
import { loadHanoiUnits } from './load-hanoi-units';

describe('loadHanoiUnits', () => {
  const units = loadHanoiUnits(resolve(__dirname, '../../../../../data/hanoi-units-2025.csv'));

  it('loads the city and its 126 communes and wards', () => {
    expect(units[0]).toMatchObject({ id: '01', kind: 'province', path: '01' });
    const communes = units.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(126);
    expect(communes.filter((c) => c.unitType === 'phường')).toHaveLength(51);
    expect(communes.filter((c) => c.unitType === 'xã')).toHaveLength(75);
  });

  it('places every commune under the city', () => {
    expect(units.find((u) => u.name === 'Phường Ba Đình')).toMatchObject({ parentId: '01', path: '01.00004' });
  });
});
