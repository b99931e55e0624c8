import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AreaEntity, loadHanoiUnits } from '@lc/api-areas';

export async function seedAreas(ds: DataSource): Promise<void> {
  const units = loadHanoiUnits(resolve('data/hanoi-units-2025.csv'));
  await ds.getRepository(AreaEntity).upsert(units, ['id']);
}
