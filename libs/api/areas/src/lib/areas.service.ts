import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { conflict, notFound } from '@lc/api-shared';
import { AreaEntity } from './area.entity';

@Injectable()
export class AreasService {
  constructor(@InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>) {}

  communes(): Promise<AreaEntity[]> {
    return this.areas.find({ where: { kind: 'commune' }, order: { name: 'ASC' } });
  }

  groups(communeId: string): Promise<AreaEntity[]> {
    return this.areas.find({ where: { parentId: communeId, kind: 'group' }, order: { name: 'ASC' } });
  }

  async get(id: string): Promise<AreaEntity> {
    const area = await this.areas.findOneBy({ id });
    if (!area) throw notFound('AREA_NOT_FOUND', 'Không tìm thấy địa bàn này.');
    return area;
  }

  async getCommune(id: string): Promise<AreaEntity> {
    const area = await this.get(id);
    if (area.kind !== 'commune') throw notFound('AREA_NOT_FOUND', 'Không tìm thấy xã/phường này.');
    return area;
  }

  async pathOf(id: string): Promise<string> {
    return (await this.get(id)).path;
  }

  async pathsOf(ids: string[]): Promise<Map<string, AreaEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.areas.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async createGroup(communeId: string, name: string): Promise<AreaEntity> {
    const commune = await this.getCommune(communeId);
    const trimmed = name.trim();
    const existing = await this.areas.findOneBy({ parentId: commune.id, name: trimmed });
    if (existing) throw conflict('GROUP_EXISTS', `"${trimmed}" đã có trong ${commune.name}.`);
    const id = randomUUID();
    return this.areas.save({
      id,
      code: id,
      name: trimmed,
      kind: 'group',
      unitType: 'tổ dân phố/thôn',
      parentId: commune.id,
      path: `${commune.path}.${id}`,
    });
  }
}
