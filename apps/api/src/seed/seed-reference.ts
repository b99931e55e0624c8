import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AreaEntity, AreaFormerUnitEntity, loadFormerUnits, loadHanoiUnits } from '@lc/api-areas';
import { seedAssessmentRuleSets, TestItemEntity } from '@lc/api-assessment';
import { CompetenceDomainEntity, CompetenceEntity, LevelBandEntity } from '@lc/api-catalog';
import { CriteriaSetEntity } from '@lc/api-certification';
import { BankItem, loadFramework, loadItemBank, parseItems } from '@lc/api-content';
import { readFileSync } from 'node:fs';

/**
 * Reference data, loaded on every start and inserted only where missing, so an admin's later edits stay:
 * Hà Nội's units (and the former units they took in), the competence framework, the default criteria set,
 * the test item bank and the rule sets of the digital-skills assessment.
 */
export async function seedReference(ds: DataSource): Promise<void> {
  await ds.getRepository(AreaEntity).upsert(loadHanoiUnits(resolve('data/hanoi-units-2025.csv')), ['id']);
  await ds
    .getRepository(AreaFormerUnitEntity)
    .upsert(loadFormerUnits(resolve('data/hanoi-unit-conversion-2025.csv')), ['communeId', 'oldUnitCode']);

  const fw = loadFramework(resolve('content/framework/competence-framework.json'));
  const orIgnore = (entity: object, rows: object[]) =>
    ds
      .createQueryBuilder()
      .insert()
      .into(entity as never)
      .values(rows)
      .orIgnore()
      .execute();
  await orIgnore(
    CompetenceDomainEntity,
    fw.domains.map((d) => ({ code: d.code, name: d.name })),
  );
  await orIgnore(
    CompetenceEntity,
    fw.domains.flatMap((d) =>
      d.competences.map((c) => ({ code: c.code, domainCode: d.code, name: c.name, description: c.description })),
    ),
  );
  await orIgnore(
    LevelBandEntity,
    fw.levelBands.map((b) => ({ code: b.code, levels: b.levels, name: b.name, description: b.description })),
  );

  const criteria = JSON.parse(readFileSync(resolve('content/criteria/cdht-default.json'), 'utf8'));
  await orIgnore(CriteriaSetEntity, [
    {
      code: criteria.code,
      version: criteria.version,
      populationGroup: criteria.populationGroup,
      validFrom: criteria.validFrom,
      groups: criteria.groups,
      items: criteria.items,
      passTotal: criteria.passTotal,
      minItemScore: criteria.minItemScore,
    },
  ]);

  const items = parseItems(loadItemBank(resolve('content/items')));
  const rows = items.map(toItemRow);
  await orIgnore(TestItemEntity, rows);
  await inlinePictures(ds, rows);
  await seedAssessmentRuleSets(ds, resolve('content/assessment'));
}

function toItemRow(item: BankItem): Partial<TestItemEntity> {
  const { id, competence, level, type, stem, explanation, difficulty, discrimination, timeSeconds, answer } = item;
  const options = 'options' in item ? item.options : [];
  const extra: Record<string, unknown> = { accessibility: item.accessibility };
  if ('pairs' in item) extra['pairs'] = item.pairs;
  if ('image' in item && item.image) extra['image'] = { ...item.image, src: pictureDataUrl(item.image.file) };
  if ('regions' in item) extra['regions'] = item.regions;
  return {
    id,
    source: 'bank',
    competence,
    level,
    type,
    stem,
    options,
    answer: answer as TestItemEntity['answer'],
    explanation,
    extra,
    difficulty,
    discrimination,
    timeSeconds,
    status: item.status ?? 'published',
    authorId: null,
  };
}

/**
 * A picture travels inside the item as a data URL: its file name ("images/1.2-L2-003.svg") names the item and its
 * level, which the assessment never shows, and the web app's CSP allows `data:` images.
 */
function pictureDataUrl(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const type = ext === 'svg' ? 'image/svg+xml' : ext === 'jpg' ? 'image/jpeg' : `image/${ext}`;
  return `data:${type};base64,${readFileSync(resolve('content/items', file)).toString('base64')}`;
}

/** Bank rows seeded before pictures were inlined get theirs; rows that have one are left as they are. */
async function inlinePictures(ds: DataSource, rows: Partial<TestItemEntity>[]): Promise<void> {
  for (const row of rows.filter((r) => r.extra?.['image'])) {
    await ds.query(
      `UPDATE test_item SET extra = jsonb_set(extra, '{image}', $2::jsonb)
       WHERE id = $1 AND source = 'bank' AND extra ? 'image' AND NOT (extra->'image' ? 'src')`,
      [row.id, JSON.stringify(row.extra!['image'])],
    );
  }
}
