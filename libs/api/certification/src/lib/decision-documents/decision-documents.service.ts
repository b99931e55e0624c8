import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { DecisionSummary } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { UsersService } from '@lc/api-identity';
import { AuthUser, permitted } from '@lc/api-shared';
import { ApplicationEntity, DecisionEntity } from '../application.entity';
import { AnnexPerson } from './decision-annex';
import { DecisionFacts } from './decision-facts';
import { decisionPdf } from './decision-pdf';
import { decisionXlsx } from './decision-xlsx';
import { decisionAccess, officerAreaPaths } from '../access/commune-policy';

const LISTED = 200;

/**
 * A commune's decisions and their documents. The annex names people with their birth years, so it goes only to the
 * commune's officers, with no-store caching, and nothing about the people is ever logged.
 */
@Injectable()
export class DecisionDocumentsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    private readonly users: UsersService,
    private readonly areas: AreasService,
  ) {}

  /** The newest decisions of every commune the officer covers, with how many people each recognised. */
  async list(user: AuthUser): Promise<DecisionSummary[]> {
    const paths = officerAreaPaths(user);
    if (paths.length === 0) return [];
    const rows: (DecisionEntity & { recognised: number })[] = await this.decisions
      .createQueryBuilder('d')
      .innerJoin(ApplicationEntity, 'a', 'a.decision_id = d.id')
      .where('a.commune_path = ANY(:paths) OR a.commune_path LIKE ANY(:prefixes)', {
        paths,
        prefixes: paths.map((p) => `${p}.%`),
      })
      .select(['d.id AS id', 'd.commune_id AS "communeId"', 'd.number AS number', 'd.year AS year'])
      .addSelect(['d.signed_on::text AS "signedOn"', 'd.signer_name AS "signerName"', 'count(a.id)::int AS recognised'])
      .groupBy('d.id')
      .orderBy('d.signed_on', 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .limit(LISTED)
      .getRawMany();
    const communes = await this.areas.pathsOf(rows.map((r) => r.communeId));
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      signedOn: r.signedOn,
      signerName: r.signerName,
      communeId: r.communeId,
      communeName: communes.get(r.communeId)?.name ?? '',
      year: r.year,
      recognisedCount: r.recognised,
    }));
  }

  async pdf(id: string, user: AuthUser): Promise<{ file: Buffer; number: string }> {
    const facts = await this.facts(id, user);
    return { file: await decisionPdf(facts), number: facts.number };
  }

  async xlsx(id: string, user: AuthUser): Promise<{ file: Buffer; number: string }> {
    const facts = await this.facts(id, user);
    return { file: await decisionXlsx(facts), number: facts.number };
  }

  private async facts(id: string, user: AuthUser): Promise<DecisionFacts> {
    const found = await this.decisions.findOneBy({ id });
    const area = found && (await this.areas.get(found.communeId));
    const { decision, commune } = permitted(
      decisionAccess(user, area && { communePath: area.path }),
      found && area && { decision: found, commune: area },
    );
    const apps = await this.apps.findBy({ decisionId: id });
    const people = await Promise.all(apps.map((a) => this.users.person(a.personId)));
    const groups = await this.areas.pathsOf(people.flatMap((p) => (p.groupId ? [p.groupId] : [])));
    return {
      number: decision.number,
      signedOn: decision.signedOn,
      signerName: decision.signerName,
      communeName: commune.name,
      year: apps[0]?.year ?? decision.year,
      people: apps.map((a, i): AnnexPerson => {
        const p = people[i];
        return {
          fullName: p.fullName,
          birthYear: p.birthYear,
          gender: p.gender,
          groupName: p.groupId ? (groups.get(p.groupId)?.name ?? null) : null,
          total: Object.values(a.scores).reduce((sum, s) => sum + s, 0),
          certificateCode: a.certificateCode ?? '',
          validUntil: a.validUntil ?? '',
          revokedAt: a.revokedAt,
        };
      }),
    };
  }
}
