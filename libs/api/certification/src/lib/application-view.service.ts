import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Application, ApplicationSummary, CriteriaSet, Transition } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { UsersService } from '@lc/api-identity';
import { ChainVerifierService, RecordsService } from '@lc/api-records';
import { evaluateScores, supportingRecords, weighEvidence } from '@lc/shared-certification-rules';
import { ApplicationEntity, DecisionEntity, TransitionEntity } from './application.entity';
import { CriteriaSetEntity } from './criteria-set.entity';
import { toEvidence } from './evidence-records';

export const toCriteriaSet = (s: CriteriaSetEntity): CriteriaSet => ({
  id: s.id,
  code: s.code,
  version: s.version,
  validFrom: s.validFrom,
  groups: s.groups,
  items: s.items,
  passTotal: s.passTotal,
  minItemScore: s.minItemScore,
});

/** Builds what people see of an application: scores, the pass rule, evidence per item, the history. */
@Injectable()
export class ApplicationViewService {
  constructor(
    @InjectRepository(CriteriaSetEntity) private readonly sets: Repository<CriteriaSetEntity>,
    @InjectRepository(TransitionEntity) private readonly transitions: Repository<TransitionEntity>,
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    private readonly users: UsersService,
    private readonly areas: AreasService,
    private readonly records: RecordsService,
    private readonly chains: ChainVerifierService,
  ) {}

  /** The evidence ids and scores an actor sees, recorded with every transition. */
  async evidenceIds(app: ApplicationEntity): Promise<string[]> {
    const set = await this.sets.findOneByOrFail({ id: app.criteriaSetId });
    const records = (await this.records.list(app.personId)).map(toEvidence);
    return [...new Set(set.items.flatMap((i) => supportingRecords(i.evidence, records, app.year).map((r) => r.id)))];
  }

  async view(app: ApplicationEntity): Promise<Application> {
    const [set, person, commune, records, transitions, decision, chain] = await Promise.all([
      this.sets.findOneByOrFail({ id: app.criteriaSetId }),
      this.users.person(app.personId),
      this.areas.get(app.communeId),
      this.records.list(app.personId).then((rows) => rows.map(toEvidence)),
      this.transitions.find({ where: { applicationId: app.id }, order: { at: 'ASC' } }),
      app.decisionId ? this.decisions.findOneBy({ id: app.decisionId }) : null,
      this.chains.personProblem(app.personId),
    ]);
    const names = await this.users.names(transitions.map((t) => t.actorId));
    const result = evaluateScores(set, app.scores);
    return {
      id: app.id,
      year: app.year,
      status: app.status,
      applicantName: person.fullName,
      applicantBirthYear: person.birthYear,
      communeId: app.communeId,
      communeName: commune.name,
      criteriaSet: toCriteriaSet(set),
      scores: app.scores,
      total: result.total,
      passes: result.passes,
      itemReasons: app.itemReasons,
      evidenceIntact: chain === null,
      evidenceProblem: chain?.problem ?? null,
      evidence: set.items.map((item) => {
        const { records: supporting, trustCounts, suggestion } = weighEvidence(item.evidence, records, app.year);
        return {
          itemCode: item.code,
          records: supporting.map((r) => r.record),
          trustCounts,
          suggestedScore: suggestion?.score ?? null,
          suggestionReason: suggestion?.reason ?? null,
          suggestionTrust: suggestion?.trust ?? [],
          suggestionCapped: suggestion?.capped ?? false,
        };
      }),
      transitions: transitions.map(
        (t): Transition => ({
          from: t.fromStatus,
          to: t.toStatus,
          actorName: names.get(t.actorId) ?? '',
          actorRole: t.actorRole,
          reason: t.reason,
          at: t.at.toISOString(),
          evidenceProblem: t.evidenceProblem,
          evidenceOverride: t.evidenceOverride,
        }),
      ),
      certificateCode: app.certificateCode,
      decision: decision && {
        id: decision.id,
        number: decision.number,
        signedOn: decision.signedOn,
        signerName: decision.signerName,
        communeName: commune.name,
      },
    };
  }

  async summaries(apps: ApplicationEntity[]): Promise<ApplicationSummary[]> {
    const [names, communes, sets] = await Promise.all([
      this.users.names(apps.map((a) => a.personId)),
      this.areas.pathsOf(apps.map((a) => a.communeId)),
      apps.length ? this.sets.findBy({ id: In([...new Set(apps.map((a) => a.criteriaSetId))]) }) : [],
    ]);
    const setById = new Map(sets.map((s) => [s.id, s]));
    return apps.map((a) => {
      const set = setById.get(a.criteriaSetId)!;
      const result = evaluateScores(set, a.scores);
      return {
        id: a.id,
        year: a.year,
        status: a.status,
        applicantName: names.get(a.personId) ?? '',
        communeId: a.communeId,
        communeName: communes.get(a.communeId)?.name ?? '',
        total: result.total,
        passes: result.passes,
        submittedAt: a.submittedAt?.toISOString() ?? null,
      };
    });
  }
}
