import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import type { CreateDecisionRequest, Decision } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { ChainVerifierService } from '@lc/api-records';
import {
  AppConfig,
  AuthUser,
  conflict,
  DomainError,
  enforce,
  invalid,
  managerOf,
  notFound,
  Transactions,
} from '@lc/api-shared';
import { evaluateScores, passProblem } from '@lc/shared-certification-rules';
import { ApplicationEntity, DecisionEntity } from './application.entity';
import { ApplicationsService } from './applications.service';
import {
  brokenChainRefusal,
  dayIn,
  decisionDateProblem,
  evidenceNote,
  validUntil,
  VIETNAM_TIME_ZONE,
} from './certification-rules';
import { CriteriaSetEntity } from './criteria-set.entity';
import { recognitionAccess } from './access/application-policy';
import { decideForCommuneAccess } from './access/commune-policy';

/** Unambiguous letters and digits (no 0/O, 1/I): codes are read aloud and typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newCertificateCode = () =>
  Array.from(randomBytes(10), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The approver's numbered decisions of a commune, each recognising verified applications. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(CriteriaSetEntity) private readonly sets: Repository<CriteriaSetEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    private readonly transactions: Transactions,
    private readonly applications: ApplicationsService,
    private readonly areas: AreasService,
    private readonly config: AppConfig,
    private readonly chains: ChainVerifierService,
  ) {}

  /** One numbered decision of the commune recognises many applications at once: all of them, or none. */
  async decide(req: CreateDecisionRequest, user: AuthUser): Promise<Decision> {
    const commune = await this.areas.getCommune(req.communeId);
    enforce(decideForCommuneAccess(user, commune.path));
    const ids = [...new Set(req.applicationIds)];
    const number = req.number.trim();
    const year = yearOf(req.signedOn);
    const sameNumber = () => this.decisions.findOneBy({ communeId: commune.id, year, number });
    const existing = await sameNumber();
    if (existing) return this.replay(existing, ids, commune.name);
    try {
      return await this.recognise(req, ids, { id: commune.id, name: commune.name }, user);
    } catch (err) {
      // The same request sent twice at once: the first may have recognised the applications (the second then finds
      // them recognised) or taken the number (the named unique constraint refuses the second). Answer as the first
      // did; a different decision under a number taken meanwhile is refused with DECISION_NUMBER_TAKEN by replay().
      const first = await sameNumber();
      if (!first) throw err;
      return this.replay(first, ids, commune.name);
    }
  }

  private async recognise(
    req: CreateDecisionRequest,
    ids: string[],
    commune: { id: string; name: string },
    user: AuthUser,
  ): Promise<Decision> {
    const apps = await this.apps.findBy({ id: In(ids) });
    if (apps.length !== ids.length) throw notFound('APPLICATION_NOT_FOUND', 'Có hồ sơ trong danh sách không tồn tại.');
    for (const app of apps) enforce(recognitionAccess(user, app, commune.id));
    for (const app of apps) await this.assertPassing(app);
    const dateProblem = decisionDateProblem(
      req.signedOn,
      apps.map((a) => a.year),
      dayIn(new Date(), VIETNAM_TIME_ZONE),
    );
    if (dateProblem) throw invalid('DECISION_DATE_INVALID', dateProblem);
    const chains = await this.brokenChains(apps, req.evidenceOverride);
    const number = req.number.trim();
    const years = this.config.TITLE_VALIDITY_EXTRA_YEARS;
    const recognitions = await Promise.all(
      apps.map((app) =>
        this.applications.prepare({
          app,
          action: 'recognise',
          actor: user,
          actorRole: 'approver',
          reason: `Quyết định số ${number}`,
          changes: { certificateCode: newCertificateCode(), validUntil: validUntil(app.year, years) },
          ...evidenceNote(chains.get(app.id) ?? null, req.evidenceOverride),
        }),
      ),
    );
    return this.transactions.run(async (work): Promise<Decision> => {
      const saved = await managerOf(work)
        .getRepository(DecisionEntity)
        .save({
          communeId: commune.id,
          number,
          signedOn: req.signedOn,
          year: yearOf(req.signedOn),
          signerName: req.signerName.trim(),
          createdBy: user.id,
        });
      for (const r of recognitions) {
        await this.applications.apply(work, { ...r, changes: { ...r.changes, decisionId: saved.id } });
      }
      return {
        id: saved.id,
        number: saved.number,
        signedOn: saved.signedOn,
        signerName: saved.signerName,
        communeName: commune.name,
      };
    });
  }

  /**
   * The broken evidence chains among the applications, by application id; refuses them all unless the approver
   * gave a reason to recognise them anyway. The refusal lists the applications, not the people.
   */
  private async brokenChains(apps: ApplicationEntity[], override: string | undefined) {
    const problems = await Promise.all(apps.map((a) => this.chains.personProblem(a.personId)));
    const broken = new Map(apps.flatMap((a, i) => (problems[i] ? [[a.id, problems[i].problem] as const] : [])));
    const [first] = broken.values();
    const refusal = brokenChainRefusal(first ?? null, override);
    if (refusal)
      throw invalid('EVIDENCE_CHAIN_BROKEN', `${broken.size} hồ sơ trong quyết định: ${refusal}`, {
        applicationIds: [...broken.keys()],
      });
    return broken;
  }

  private async replay(existing: DecisionEntity, ids: string[], communeName: string): Promise<Decision> {
    const listed = await this.apps.findBy({ decisionId: existing.id });
    const same = listed.length === ids.length && listed.every((a) => ids.includes(a.id));
    if (!same)
      throw conflict(
        'DECISION_NUMBER_TAKEN',
        `Số quyết định ${existing.number} năm ${existing.year} đã được dùng cho một quyết định khác của xã/phường.`,
      );
    return {
      id: existing.id,
      number: existing.number,
      signedOn: existing.signedOn,
      signerName: existing.signerName,
      communeName,
    };
  }

  private async assertPassing(app: ApplicationEntity): Promise<void> {
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = passProblem(evaluateScores(set, app.scores));
    if (problem)
      throw new DomainError(
        'APPLICATION_NOT_PASSING',
        `Hồ sơ chưa đạt tiêu chuẩn nên không thể công nhận. ${problem}`,
        422,
      );
  }
}
