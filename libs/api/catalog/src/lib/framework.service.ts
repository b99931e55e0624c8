import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CompetenceFramework } from '@lc/shared-contracts';
import { CompetenceDomainEntity, CompetenceEntity, LevelBandEntity } from './competence.entity';

@Injectable()
export class FrameworkService {
  constructor(
    @InjectRepository(CompetenceDomainEntity) private readonly domains: Repository<CompetenceDomainEntity>,
    @InjectRepository(CompetenceEntity) private readonly competences: Repository<CompetenceEntity>,
    @InjectRepository(LevelBandEntity) private readonly bands: Repository<LevelBandEntity>,
  ) {}

  async framework(): Promise<CompetenceFramework> {
    const [domains, competences, bands] = await Promise.all([
      this.domains.find({ order: { code: 'ASC' } }),
      this.competences.find({ order: { code: 'ASC' } }),
      this.bands.find(),
    ]);
    return {
      id: 'tt02-2025',
      title: {
        vi: 'Khung năng lực số (Thông tư 02/2025/TT-BGDĐT)',
        en: 'Digital competence framework (Circular 02/2025/TT-BGDĐT)',
      },
      levelBands: bands
        .sort((a, b) => a.levels[0] - b.levels[0])
        .map((b) => ({ code: b.code, levels: b.levels, name: b.name, description: b.description })),
      domains: domains.map((d) => ({
        code: d.code,
        name: d.name,
        competences: competences
          .filter((c) => c.domainCode === d.code)
          .map((c) => ({ code: c.code, domainCode: c.domainCode, name: c.name, description: c.description })),
      })),
    };
  }

  async competenceCodes(): Promise<Set<string>> {
    return new Set((await this.competences.find({ select: { code: true } })).map((c) => c.code));
  }
}
