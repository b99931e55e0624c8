import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, In, Repository } from 'typeorm';
import type {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  CreateDecisionRequest,
  Decision,
  ReturnRequest,
} from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { assertCoversArea, AuthUser, conflict, DomainError, forbidden, invalid, notFound } from '@lc/api-shared';
import { ApplicationEntity, DecisionEntity } from './application.entity';
import { ApplicationViewService } from './application-view.service';
import { ApplicationsService } from './applications.service';
import {
  dayIn,
  decisionDateProblem,
  evaluateScores,
  itemReasonsProblem,
  nextApplicationStatus,
  passProblem,
  scoresProblem,
  validUntil,
  VIETNAM_TIME_ZONE,
} from './certification-rules';
import { CriteriaSetEntity } from './criteria-set.entity';

/** Unambiguous letters and digits (no 0/O, 1/I): codes are read aloud and typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newCertificateCode = () =>
  Array.from(randomBytes(10), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');

@Injectable()
export class ReviewService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(CriteriaSetEntity) private readonly sets: Repository<CriteriaSetEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly views: ApplicationViewService,
    private readonly areas: AreasService,
    private readonly config: ConfigService,
  ) {}

  /** Applications in the officer's areas: verifiers see submitted ones, approvers verified ones (or the status asked). */
  async queue(user: AuthUser, status?: ApplicationStatus): Promise<ApplicationSummary[]> {
    const paths = user.grants.filter((g) => g.role === 'verifier' || g.role === 'approver');
    const wanted = status
      ? [status]
      : [...new Set(paths.map((g) => (g.role === 'verifier' ? 'submitted' : 'verified')))];
    const qb = this.apps.createQueryBuilder('a').where('a.status IN (:...wanted)', { wanted });
    qb.andWhere(
      new Brackets((w) =>
        paths.forEach((g, i) =>
          w.orWhere(`(a.commune_path = :p${i} OR a.commune_path LIKE :l${i})`, {
            [`p${i}`]: g.areaPath,
            [`l${i}`]: `${g.areaPath}.%`,
          }),
        ),
      ),
    );
    return this.views.summaries(await qb.orderBy('a.submitted_at', 'ASC').limit(500).getMany());
  }

  async verify(
    id: string,
    scores: Record<string, number>,
    reason: string | undefined,
    user: AuthUser,
  ): Promise<Application> {
    const app = await this.inArea(id, user, 'verifier');
    this.assertNotOwn(app, user);
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = scoresProblem(set.items, scores);
    if (problem) throw invalid('SCORES_INVALID', problem);
    await this.applications.transition({
      app,
      action: 'verify',
      actor: user,
      actorRole: 'verifier',
      reason: reason?.trim() || null,
      changes: { scores, verifiedBy: user.id },
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  async returnToApplicant(id: string, req: ReturnRequest, user: AuthUser): Promise<Application> {
    const app = await this.apps.findOneBy({ id });
    if (!app) throw notFound('APPLICATION_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    nextApplicationStatus(app.status, 'return');
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = itemReasonsProblem(set.items, req.itemReasons ?? {});
    if (problem) throw invalid('ITEM_REASONS_INVALID', problem);
    const role = app.status === 'verified' ? 'approver' : 'verifier';
    assertCoversArea(user, role, app.communePath);
    this.assertNotOwn(app, user);
    await this.applications.transition({
      app,
      action: 'return',
      actor: user,
      actorRole: role,
      reason: req.reason.trim(),
      changes: { itemReasons: req.itemReasons ?? {}, verifiedBy: null },
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  async reject(id: string, reason: string, user: AuthUser): Promise<Application> {
    const app = await this.inArea(id, user, 'approver');
    this.assertNotVerifier(app, user);
    this.assertNotOwn(app, user);
    await this.applications.transition({
      app,
      action: 'reject',
      actor: user,
      actorRole: 'approver',
      reason: reason.trim(),
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  /** A recognised title is revoked with a reason by an approver of its commune; the public page then says so. */
  async revoke(id: string, reason: string, user: AuthUser): Promise<Application> {
    const app = await this.inArea(id, user, 'approver');
    this.assertNotOwn(app, user);
    const why = reason.trim();
    await this.applications.transition({
      app,
      action: 'revoke',
      actor: user,
      actorRole: 'approver',
      reason: why,
      changes: { revokedAt: new Date(), revokeReason: why },
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  /** One numbered decision of the commune recognises many applications at once: all of them, or none. */
  async decide(req: CreateDecisionRequest, user: AuthUser): Promise<Decision> {
    const commune = await this.areas.getCommune(req.communeId);
    assertCoversArea(user, 'approver', commune.path);
    const ids = [...new Set(req.applicationIds)];
    const existing = await this.decisions.findOneBy({ communeId: commune.id, number: req.number.trim() });
    if (existing) return this.replay(existing, ids, commune.name);
    const apps = await this.apps.findBy({ id: In(ids) });
    if (apps.length !== ids.length) throw notFound('APPLICATION_NOT_FOUND', 'Có hồ sơ trong danh sách không tồn tại.');
    for (const app of apps) await this.assertRecognisable(app, commune.id, user);
    const dateProblem = decisionDateProblem(
      req.signedOn,
      apps.map((a) => a.year),
      dayIn(new Date(), VIETNAM_TIME_ZONE),
    );
    if (dateProblem) throw invalid('DECISION_DATE_INVALID', dateProblem);
    const number = req.number.trim();
    const years = this.config.get<number>('TITLE_VALIDITY_EXTRA_YEARS') ?? 1;
    const recognitions = await Promise.all(
      apps.map((app) =>
        this.applications.prepare({
          app,
          action: 'recognise',
          actor: user,
          actorRole: 'approver',
          reason: `Quyết định số ${number}`,
          changes: { certificateCode: newCertificateCode(), validUntil: validUntil(app.year, years) },
        }),
      ),
    );
    return this.dataSource
      .transaction(async (tx): Promise<Decision> => {
        const saved = await tx.getRepository(DecisionEntity).save({
          communeId: commune.id,
          number,
          signedOn: req.signedOn,
          signerName: req.signerName.trim(),
          createdBy: user.id,
        });
        for (const r of recognitions) {
          await this.applications.apply({ ...r, changes: { ...r.changes, decisionId: saved.id } }, tx);
        }
        return {
          id: saved.id,
          number: saved.number,
          signedOn: saved.signedOn,
          signerName: saved.signerName,
          communeName: commune.name,
        };
      })
      .catch(async (err) => {
        // The same request sent twice at once: the unique (commune, number) kept the first; answer as it did.
        const first = await this.decisions.findOneBy({ communeId: commune.id, number: req.number.trim() });
        if (!first) throw err;
        return this.replay(first, ids, commune.name);
      });
  }

  private async replay(existing: DecisionEntity, ids: string[], communeName: string): Promise<Decision> {
    const listed = await this.apps.findBy({ decisionId: existing.id });
    const same = listed.length === ids.length && listed.every((a) => ids.includes(a.id));
    if (!same)
      throw conflict(
        'DECISION_NUMBER_TAKEN',
        `Số quyết định ${existing.number} đã được dùng cho một quyết định khác của xã/phường.`,
      );
    return {
      id: existing.id,
      number: existing.number,
      signedOn: existing.signedOn,
      signerName: existing.signerName,
      communeName,
    };
  }

  private async assertRecognisable(app: ApplicationEntity, communeId: string, user: AuthUser): Promise<void> {
    if (app.communeId !== communeId)
      throw forbidden('AREA_FORBIDDEN', 'Quyết định chỉ công nhận hồ sơ của chính xã/phường đó.');
    if (app.status !== 'verified')
      throw new DomainError('APPLICATION_STATUS_CONFLICT', 'Chỉ công nhận được hồ sơ đã xác minh.', 409);
    this.assertNotVerifier(app, user);
    this.assertNotOwn(app, user);
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = passProblem(evaluateScores(set.items, app.scores, set), set);
    if (problem)
      throw new DomainError(
        'APPLICATION_NOT_PASSING',
        `Hồ sơ chưa đạt tiêu chuẩn nên không thể công nhận. ${problem}`,
        422,
      );
  }

  /** Nobody reviews their own application (PRODUCT.md §1: verifier and approver act for others). */
  private assertNotOwn(app: ApplicationEntity, user: AuthUser): void {
    if (app.personId === user.id) throw forbidden('OWN_APPLICATION', 'Bạn không thể tự xét hồ sơ của chính mình.');
  }

  private assertNotVerifier(app: ApplicationEntity, user: AuthUser): void {
    if (app.verifiedBy === user.id) {
      throw forbidden(
        'SAME_VERIFIER_APPROVER',
        'Người xác minh không được đồng thời công nhận hoặc từ chối hồ sơ này.',
      );
    }
  }

  private async inArea(id: string, user: AuthUser, role: 'verifier' | 'approver'): Promise<ApplicationEntity> {
    const app = await this.apps.findOneBy({ id });
    if (!app) throw notFound('APPLICATION_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    assertCoversArea(user, role, app.communePath);
    return app;
  }
}
