import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { Application, ApplicationSummary, ReturnRequest, VerifyRequest } from '@lc/shared-contracts';
import { ChainVerifierService } from '@lc/api-records';
import { AuthUser, invalid, permitted } from '@lc/api-shared';
import { ApplicationEntity } from './application.entity';
import { ApplicationViewService } from './application-view.service';
import { ApplicationsService } from './applications.service';
import { scoresProblem } from '@lc/shared-certification-rules';
import { brokenChainRefusal, evidenceNote, itemReasonsProblem } from './certification-rules';
import { CriteriaSetEntity } from './criteria-set.entity';
import { applicationAccess, ApplicationUse, returningRole } from './access/application-policy';
import { officerAreaPaths, queueStatuses } from './access/commune-policy';

@Injectable()
export class ReviewService {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly apps: Repository<ApplicationEntity>,
    @InjectRepository(CriteriaSetEntity) private readonly sets: Repository<CriteriaSetEntity>,
    private readonly applications: ApplicationsService,
    private readonly views: ApplicationViewService,
    private readonly chains: ChainVerifierService,
  ) {}

  /** Applications in the officer's areas: verifiers see submitted ones, approvers verified ones (or the status asked). */
  async queue(user: AuthUser, status?: string): Promise<ApplicationSummary[]> {
    const paths = officerAreaPaths(user);
    const wanted = queueStatuses(user, status);
    const qb = this.apps.createQueryBuilder('a').where('a.status IN (:...wanted)', { wanted });
    qb.andWhere(
      new Brackets((w) =>
        paths.forEach((path, i) =>
          w.orWhere(`(a.commune_path = :p${i} OR a.commune_path LIKE :l${i})`, {
            [`p${i}`]: path,
            [`l${i}`]: `${path}.%`,
          }),
        ),
      ),
    );
    return this.views.summaries(await qb.orderBy('a.submitted_at', 'ASC').limit(500).getMany());
  }

  async verify(id: string, req: VerifyRequest, user: AuthUser): Promise<Application> {
    const app = await this.allowed(id, user, 'verify');
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = scoresProblem(set.items, req.scores);
    if (problem) throw invalid('SCORES_INVALID', problem);
    const chain = (await this.chains.personProblem(app.personId))?.problem ?? null;
    const refusal = brokenChainRefusal(chain, req.evidenceOverride);
    if (refusal) throw invalid('EVIDENCE_CHAIN_BROKEN', refusal, { problem: chain });
    await this.applications.transition({
      app,
      action: 'verify',
      actor: user,
      actorRole: 'verifier',
      reason: req.reason?.trim() || null,
      changes: { scores: req.scores, verifiedBy: user.id },
      ...evidenceNote(chain, req.evidenceOverride),
    });
    return this.views.view(await this.apps.findOneByOrFail({ id }));
  }

  async returnToApplicant(id: string, req: ReturnRequest, user: AuthUser): Promise<Application> {
    const app = await this.allowed(id, user, 'return');
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const problem = itemReasonsProblem(set.items, req.itemReasons ?? {});
    if (problem) throw invalid('ITEM_REASONS_INVALID', problem);
    const role = returningRole(app.status);
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
    const app = await this.allowed(id, user, 'reject');
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
    const app = await this.allowed(id, user, 'revoke');
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

  /** The application, if the certification policy lets `user` do `use` to it (the only access check here). */
  private async allowed(id: string, user: AuthUser, use: ApplicationUse): Promise<ApplicationEntity> {
    const app = await this.apps.findOneBy({ id });
    return permitted(applicationAccess(user, app, use), app);
  }
}
