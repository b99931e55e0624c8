import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import type { Application, ApplicationStatus, ChainProblem, CriteriaSet, PopulationGroup } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { UsersService } from '@lc/api-identity';
import { NoticesService } from '@lc/api-records';
import {
  AuthUser,
  DomainError,
  invalid,
  managerOf,
  notFound,
  permitted,
  Transactions,
  UnitOfWork,
} from '@lc/api-shared';
import { ApplicationEntity, TransitionEntity } from './application.entity';
import { applicationNoticeKind, applicationNoticeName } from './application-notice';
import { ApplicationViewService, toCriteriaSet } from './application-view.service';
import { scoresProblem } from '@lc/shared-certification-rules';
import { ApplicationAction, nextApplicationStatus } from './certification-rules';
import { CriteriaSetEntity } from './criteria-set.entity';
import { applicationAccess } from './access/application-policy';

export interface TransitionRequest {
  app: ApplicationEntity;
  action: Exclude<ApplicationAction, 'save'>;
  actor: AuthUser;
  actorRole: 'citizen' | 'verifier' | 'approver';
  reason: string | null;
  /** Columns that change with the status; `scores`, if present, is what the transition records as seen. */
  changes?: Partial<ApplicationEntity>;
  /** The applicant's broken evidence chain, and the officer's reason for acting anyway. */
  evidenceProblem?: ChainProblem | null;
  evidenceOverride?: string | null;
}

export interface PreparedTransition extends TransitionRequest {
  to: ApplicationStatus;
  evidenceIds: string[];
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(CriteriaSetEntity) private readonly sets: Repository<CriteriaSetEntity>,
    private readonly transactions: Transactions,
    private readonly views: ApplicationViewService,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly notices: NoticesService,
  ) {}

  /** The newest set in force for the group, falling back to the set for every group. */
  async currentSet(populationGroup: PopulationGroup | null, on = new Date()): Promise<CriteriaSetEntity> {
    const day = on.toISOString().slice(0, 10);
    const candidates = await this.sets.find({
      where: { validFrom: LessThanOrEqual(day) },
      order: { validFrom: 'DESC', version: 'DESC' },
    });
    const set =
      candidates.find((s) => s.populationGroup === populationGroup) ??
      candidates.find((s) => s.populationGroup === null);
    if (!set) throw notFound('CRITERIA_SET_NOT_FOUND', 'Chưa có bộ tiêu chí đang áp dụng. Hãy liên hệ quản trị viên.');
    return set;
  }

  async currentSetView(populationGroup: PopulationGroup | null): Promise<CriteriaSet> {
    return toCriteriaSet(await this.currentSet(populationGroup));
  }

  async mine(user: AuthUser, year: number): Promise<Application> {
    const app = await this.apps.findOneBy({ personId: user.id, year });
    if (!app) throw notFound('APPLICATION_NOT_FOUND', `Bạn chưa có hồ sơ Công dân học tập năm ${year}.`);
    return this.views.view(app);
  }

  /** Opens this year's draft; asking again returns the same application. */
  async open(user: AuthUser, year: number): Promise<Application> {
    const thisYear = new Date().getFullYear();
    if (year < thisYear - 1 || year > thisYear)
      throw invalid('APPLICATION_YEAR_INVALID', `Chỉ lập hồ sơ cho năm ${thisYear - 1} hoặc ${thisYear}.`);
    const person = await this.users.person(user.id);
    if (!person.communeId)
      throw invalid('APPLICATION_NO_COMMUNE', 'Tài khoản chưa có xã/phường cư trú nên chưa lập được hồ sơ.');
    const existing = await this.apps.findOneBy({ personId: user.id, year });
    if (existing) return this.views.view(existing);
    const set = await this.currentSet(person.populationGroup);
    const commune = await this.areas.get(person.communeId);
    await this.apps
      .createQueryBuilder()
      .insert()
      .values({ personId: user.id, year, communeId: commune.id, communePath: commune.path, criteriaSetId: set.id })
      .orIgnore()
      .execute();
    return this.mine(user, year);
  }

  async saveScores(id: string, scores: Record<string, number>, user: AuthUser): Promise<Application> {
    const app = await this.allowed(id, user, 'save');
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = scoresProblem(set.items, scores);
    if (problem) throw invalid('SCORES_INVALID', problem);
    await this.apps.update({ id, status: app.status }, { scores });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  async submit(id: string, user: AuthUser): Promise<Application> {
    const app = await this.allowed(id, user, 'submit');
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const unscored = set.items.filter((i) => !(i.code in app.scores)).map((i) => i.code);
    if (unscored.length)
      throw invalid(
        'SCORES_INCOMPLETE',
        `Hãy chấm điểm tất cả các mục trước khi nộp (còn thiếu: ${unscored.join(', ')}).`,
      );
    await this.transition({
      app,
      action: 'submit',
      actor: user,
      actorRole: 'citizen',
      reason: null,
      changes: { submittedAt: new Date(), itemReasons: {} },
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  /** The owner, or a verifier or approver whose area covers the application's commune once it was submitted. */
  async getFor(id: string, user: AuthUser): Promise<Application> {
    return this.views.view(await this.allowed(id, user, 'view'));
  }

  /**
   * Moves an application on, recording who, why, and the scores and evidence they saw. Guarded by the status
   * it was read in, so two officers acting at once cannot both succeed.
   */
  async transition(req: TransitionRequest): Promise<ApplicationStatus> {
    const prepared = await this.prepare(req);
    await this.transactions.run((work) => this.apply(work, prepared));
    return prepared.to;
  }

  /** Everything a transition reads, done before a transaction opens (inside it only its connection may be used). */
  async prepare(req: TransitionRequest): Promise<PreparedTransition> {
    return {
      ...req,
      to: nextApplicationStatus(req.app.status, req.action),
      evidenceIds: await this.views.evidenceIds(req.app),
    };
  }

  /** Writes a prepared transition with the caller's transaction only. */
  async apply(work: UnitOfWork, t: PreparedTransition): Promise<void> {
    const tx = managerOf(work);
    const { app, changes = {} } = t;
    const result = await tx
      .getRepository(ApplicationEntity)
      .update({ id: app.id, status: app.status }, { ...changes, status: t.to });
    if (!result.affected) {
      throw new DomainError('APPLICATION_STATUS_CONFLICT', 'Hồ sơ vừa được người khác xử lý. Hãy tải lại trang.', 409);
    }
    await tx.getRepository(TransitionEntity).insert({
      applicationId: app.id,
      fromStatus: app.status,
      toStatus: t.to,
      actorId: t.actor.id,
      actorRole: t.actorRole,
      reason: t.reason,
      scores: changes.scores ?? app.scores,
      evidenceIds: t.evidenceIds,
      evidenceProblem: t.evidenceProblem ?? null,
      evidenceOverride: t.evidenceOverride ?? null,
    });
    const kind = applicationNoticeKind(t.to);
    if (kind)
      await this.notices.add(work, {
        personId: app.personId,
        kind,
        subjectId: app.id,
        subjectName: applicationNoticeName(app.year),
      });
  }

  /** The application, if the certification policy lets `user` do `use` to it (the only access check here). */
  private async allowed(id: string, user: AuthUser, use: 'view' | 'save' | 'submit'): Promise<ApplicationEntity> {
    const app = await this.apps.findOneBy({ id });
    return permitted(applicationAccess(user, app, use), app);
  }
}
