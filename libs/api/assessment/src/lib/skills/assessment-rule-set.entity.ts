import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RuleSetKind = 'engine_config' | 'cut_scores' | 'calibration' | 'policy';

/**
 * A published version of one of the assessment's rule sets (content/assessment/*.json, calibrations). Never
 * edited: a change is a new version, and the newest published one of each kind is in force. Attempts name the
 * versions they were served and scored with.
 */
@Entity('assessment_rule_set')
export class AssessmentRuleSetEntity {
  @PrimaryColumn('text')
  kind!: RuleSetKind;

  @PrimaryColumn('text')
  version!: string;

  @Column('jsonb')
  body!: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  publishedAt!: Date;
}
