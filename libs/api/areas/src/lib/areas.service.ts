import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AuthUser, conflict, enforce, notFound } from '@lc/api-shared';
import { communeAdminAccess } from './access/areas-policy';
import { AreaFormerUnitEntity } from './area-former-unit.entity';
import { AreaEntity } from './area.entity';
import type { PlacedArea } from './placed-area';
import { CommuneSearchHit, searchCommunes } from './commune-search';

@Injectable()
export class AreasService {
  /** The former units are history, fixed since July 2025: read once per process (once the seed has loaded them). */
  private former?: AreaFormerUnitEntity[];

  constructor(
    @InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>,
    @InjectRepository(AreaFormerUnitEntity) private readonly formerUnits: Repository<AreaFormerUnitEntity>,
  ) {}

  /** Sorted as Vietnamese readers expect ("Cầu Giấy" before "Chương Mỹ", "Đống Đa" after "Dịch Vọng"), whatever the database collation. */
  async communes(): Promise<PlacedArea[]> {
    return byVietnameseName(await this.areas.find({ where: { kind: 'commune' } }));
  }

  /** By today's name or by a ward, commune or district name from before July 2025 (see commune-search.ts). */
  async search(query: string): Promise<CommuneSearchHit[]> {
    const former = this.former ?? (await this.formerUnits.find());
    if (former.length) this.former = former;
    return searchCommunes(query, await this.areas.find({ where: { kind: 'commune' } }), former);
  }

  async groups(communeId: string): Promise<PlacedArea[]> {
    await this.getCommune(communeId);
    return byVietnameseName(await this.areas.find({ where: { parentId: communeId, kind: 'group' } }));
  }

  async get(id: string): Promise<PlacedArea> {
    const area = await this.areas.findOneBy({ id });
    if (!area) throw notFound('AREA_NOT_FOUND', 'Không tìm thấy địa bàn này.');
    return area;
  }

  async getCommune(id: string): Promise<PlacedArea> {
    const area = await this.get(id);
    if (area.kind !== 'commune') throw notFound('AREA_NOT_FOUND', 'Không tìm thấy xã/phường này.');
    return area;
  }

  async pathOf(id: string): Promise<string> {
    return (await this.get(id)).path;
  }

  async pathsOf(ids: string[]): Promise<Map<string, PlacedArea>> {
    if (ids.length === 0) return new Map();
    const rows = await this.areas.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async createGroup(communeId: string, name: string, admin: AuthUser): Promise<PlacedArea> {
    const commune = await this.getCommune(communeId);
    enforce(communeAdminAccess(admin, commune));
    const trimmed = name.trim();
    const exists = () => conflict('GROUP_EXISTS', `"${trimmed}" đã có trong ${commune.name}.`);
    if (await this.areas.existsBy({ parentId: commune.id, name: trimmed })) throw exists();
    const id = randomUUID();
    const row = {
      id,
      code: id,
      name: trimmed,
      kind: 'group' as const,
      unitType: 'tổ dân phố/thôn',
      parentId: commune.id,
      path: `${commune.path}.${id}`,
    };
    // Two admins adding the same name at once: the unique index keeps one, the other hears it exists.
    const inserted = await this.areas.createQueryBuilder().insert().values(row).orIgnore().returning('id').execute();
    if (!inserted.raw.length) throw exists();
    return this.get(id);
  }
}

const collator = new Intl.Collator('vi');
const byVietnameseName = (rows: AreaEntity[]) => rows.sort((a, b) => collator.compare(a.name, b.name));
