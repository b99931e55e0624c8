import * as path from 'path';
import { competenceCodes } from './framework.schema';
import { loadFramework, validateFramework } from './validate-framework';

const FRAMEWORK = path.resolve(__dirname, '../../../../../content/framework/competence-framework.json');

describe('competence framework (content/framework)', () => {
  const fw = loadFramework(FRAMEWORK);

  it('has no problems', () => {
    expect(validateFramework(fw)).toEqual([]);
  });

  it('lists the 24 competences of Circular 02/2025 in order', () => {
    expect(competenceCodes(fw)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '6.1',
      '6.2',
      '6.3',
    ]);
  });

  it('names every band and competence in Vietnamese', () => {
    expect(fw.levelBands.map((b) => b.name.vi)).toEqual(['Cơ bản', 'Trung cấp', 'Nâng cao', 'Chuyên sâu']);
    for (const d of fw.domains) for (const c of d.competences) expect(c.name.vi.length).toBeGreaterThan(3);
  });
});

describe('validateFramework', () => {
  const valid = () => structuredClone(loadFramework(FRAMEWORK));

  it('rejects a schema violation', () => {
    const fw = valid() as unknown as { title: unknown };
    fw.title = 'no translation object';
    expect(validateFramework(fw)).toEqual([expect.stringMatching(/schema: title/)]);
  });

  it('rejects a missing domain', () => {
    const fw = valid();
    fw.domains.pop();
    const problems = validateFramework(fw);
    expect(problems).toContain('expected 6 domains, found 5');
    expect(problems).toContain('expected 24 competences, found 21');
  });

  it('rejects a competence not prefixed by its domain, and duplicates', () => {
    const fw = valid();
    fw.domains[0].competences[2].code = '2.1';
    const problems = validateFramework(fw);
    expect(problems).toContain('duplicate competence code "2.1"');
    expect(problems).toContain('competence "2.1" is not prefixed by its domain "1."');
  });

  it('rejects bands that do not cover levels 1-8 exactly once', () => {
    const fw = valid();
    fw.levelBands[3].levels = [6, 7];
    const problems = validateFramework(fw);
    expect(problems).toContain('level 6 belongs to more than one band');
    expect(problems).toContain('level 8 is not covered by any band');
  });
});
