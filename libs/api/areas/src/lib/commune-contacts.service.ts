import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CommuneContact } from '@lc/shared-contracts';
import { AuthUser, enforce } from '@lc/api-shared';
import { communeAdminAccess } from './access/areas-policy';
import { AreasService } from './areas.service';
import { CommuneContactEntity } from './commune-contact.entity';

@Injectable()
export class CommuneContactsService {
  constructor(
    private readonly areas: AreasService,
    @InjectRepository(CommuneContactEntity) private readonly contacts: Repository<CommuneContactEntity>,
  ) {}

  async get(communeId: string): Promise<CommuneContact> {
    const commune = await this.areas.getCommune(communeId);
    const row = await this.contacts.findOneBy({ communeId: commune.id });
    return {
      communeId: commune.id,
      communeName: commune.name,
      contact: row?.contact ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  /** An admin covering the commune sets it; one statement, so concurrent writes leave the last one whole. */
  async set(communeId: string, contact: string, admin: AuthUser): Promise<CommuneContact> {
    const commune = await this.areas.getCommune(communeId);
    enforce(communeAdminAccess(admin, commune));
    const text = contact.trim();
    if (!text) await this.contacts.delete({ communeId: commune.id });
    else
      await this.contacts
        .createQueryBuilder()
        .insert()
        .values({ communeId: commune.id, contact: text, updatedBy: admin.id, updatedAt: () => 'now()' })
        .orUpdate(['contact', 'updated_by', 'updated_at'], ['commune_id'])
        .execute();
    return this.get(commune.id);
  }
}
