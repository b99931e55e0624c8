import type {
  CompetenceFramework,
  LevelBand,
  LocalisedText,
  SkillsDomainResult,
  SkillsResult,
} from '@lc/shared-contracts';
import type { AssessmentResult } from '@lc/api-assessment-engine';

export interface ResultContext {
  framework: CompetenceFramework;
  /** Domains whose level may be given (see finishedDomains). */
  finished: ReadonlySet<string>;
  policyVersion: string;
  endReason: 'done' | 'expired';
  finishedAt: Date;
  recordId: string;
}

const bandOf = (framework: CompetenceFramework, level: number): LevelBand | undefined =>
  framework.levelBands.find((b) => b.levels.includes(level));

/** A level in plain words, from the framework's level bands (editable data, not code). */
export function levelMeaning(level: number, band: LevelBand | undefined): LocalisedText {
  if (!band) return { vi: `Mức ${level}.`, en: `Level ${level}.` };
  return {
    vi: `Mức ${level} (${band.name.vi}): ${band.description.vi}`,
    en: `Level ${level} (${band.name.en ?? band.name.vi}): ${band.description.en ?? band.description.vi}`,
  };
}

/**
 * The citizen's profile from the engine's result: per domain the level, its standard error and probabilities and
 * what it means, per competence a strength where enough items were seen. Never a word about single items.
 */
export function toSkillsResult(engine: AssessmentResult, ctx: ResultContext): SkillsResult {
  const competenceNames = new Map(ctx.framework.domains.flatMap((d) => d.competences).map((c) => [c.code, c.name]));
  const domains: SkillsDomainResult[] = engine.domains.map((d) => {
    const level = ctx.finished.has(d.domain) ? d.level : null;
    const band = level === null ? undefined : bandOf(ctx.framework, level);
    return {
      code: d.domain,
      name: ctx.framework.domains.find((f) => f.code === d.domain)?.name ?? { vi: d.domain },
      level,
      standardError: round(d.se, 3),
      band: band ? { code: band.code, name: band.name } : null,
      meaning: level === null ? null : levelMeaning(level, band),
      levelProbabilities: d.levelProbabilities.map((p) => round(p, 4)),
      items: d.items,
      competences: engine.competences
        .filter((c) => c.domain === d.domain)
        .map((c) => ({
          code: c.competence,
          name: competenceNames.get(c.competence) ?? { vi: c.competence },
          items: c.items,
          strength: c.strength,
        })),
      suggestedCourses: [],
    };
  });
  return {
    finishedAt: ctx.finishedAt.toISOString(),
    endReason: ctx.endReason,
    domains,
    versions: {
      engine: engine.engineVersion,
      calibration: engine.calibrationVersion,
      cutScores: engine.cutScoresVersion,
      policy: ctx.policyVersion,
    },
    recordId: ctx.recordId,
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Level per domain, for the record and the summaries: finished domains with a level only. */
export const levelsOf = (result: SkillsResult): Record<string, number> =>
  Object.fromEntries(result.domains.flatMap((d) => (d.level === null ? [] : [[d.code, d.level]])));
