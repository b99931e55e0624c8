import * as path from 'path';
import { ITEM_TYPES } from './item.schema';
import { loadFramework } from './validate-framework';
import { coverage, fileImageSize, ImageSizeLookup, loadItemBank, parseItems, validateItemBank } from './validate-items';

const CONTENT = path.resolve(__dirname, '../../../../../content');
const ITEMS_DIR = path.join(CONTENT, 'items');
const framework = loadFramework(path.join(CONTENT, 'framework/competence-framework.json'));

describe('item bank (content/items)', () => {
  const raw = loadItemBank(ITEMS_DIR);
  const items = parseItems(raw);
  const cov = coverage(items);

  it('has no problems, including hotspot pictures that exist with the declared size', () => {
    expect(validateItemBank(raw, framework, fileImageSize(ITEMS_DIR))).toEqual([]);
    expect(items).toHaveLength(raw.length);
  });

  // Issue 8: a bank worth the name for the adaptive assessment.
  it('has at least 480 items', () => {
    expect(cov.total).toBeGreaterThanOrEqual(480);
  });

  it('covers all 24 competences with at least 20 items each, at every level from 1 to 6', () => {
    const codes = framework.domains.flatMap((d) => d.competences.map((c) => c.code));
    expect(codes).toHaveLength(24);
    const thin = codes.filter((c) => (cov.byCompetence[c]?.total ?? 0) < 20);
    expect(thin).toEqual([]);
    const gaps = codes.flatMap((c) =>
      [1, 2, 3, 4, 5, 6]
        .filter((level) => !items.some((i) => i.competence === c && i.level === level))
        .map((level) => `${c}-L${level}`),
    );
    expect(gaps).toEqual([]);
  });

  it('uses levels 1-6 only (the specialised band, 7-8, is not tested by this bank)', () => {
    expect(items.filter((i) => i.level < 1 || i.level > 6).map((i) => i.id)).toEqual([]);
  });

  it('uses all 7 item types, choice items in the majority and at least 6 of every other type', () => {
    for (const t of ITEM_TYPES) expect(cov.byType[t]).toBeGreaterThanOrEqual(6);
    expect(cov.byType.single_choice + cov.byType.multiple_choice).toBeGreaterThan(cov.total / 2);
  });

  it('gives every hotspot a picture file and a text alternative', () => {
    for (const i of items.filter((x) => x.type === 'hotspot')) {
      expect(i.image?.file).toBe(`images/${i.id}.svg`);
      expect(i.image?.alt.vi.length).toBeGreaterThan(10);
      expect(i.accessibility.needsImage).toBe(true);
    }
  });

  it('is licensed CC BY 4.0 and keeps IRT parameters in range', () => {
    for (const i of items) {
      expect(i.licence).toBe('CC BY 4.0');
      expect(i.discrimination).toBeGreaterThanOrEqual(0.8);
      expect(i.discrimination).toBeLessThanOrEqual(1.4);
      expect(i.timeSeconds).toBeGreaterThanOrEqual(30);
      expect(i.timeSeconds).toBeLessThanOrEqual(120);
      // The prior of content/assessment/engine-config.json: one unit of ability per level.
      const base = -1.5 + (i.level - 1);
      expect(Math.abs(i.difficulty - base)).toBeLessThanOrEqual(0.3 + 1e-9);
    }
  });
});

describe('validateItemBank', () => {
  const common = {
    competence: '4.2',
    explanation: { vi: 'Giải thích vì sao đáp án đúng.', en: 'Why the answer is right.' },
    difficulty: -1.5,
    discrimination: 1,
    timeSeconds: 45,
    accessibility: { needsImage: false, screenReaderOk: true },
    licence: 'CC BY 4.0',
  };
  const opt = (id: string, vi: string) => ({ id, text: { vi, en: vi } });

  const singleChoice = () => ({
    ...common,
    id: '4.2-L1-001',
    level: 1,
    type: 'single_choice',
    stem: { vi: 'Ai được biết mã OTP của bạn?', en: 'Who may know your OTP?' },
    options: [opt('a', 'Chỉ mình bạn'), opt('b', 'Nhân viên ngân hàng'), opt('c', 'Công an gọi điện')],
    answer: { optionId: 'a' },
  });
  const multipleChoice = () => ({
    ...common,
    id: '4.2-L2-001',
    level: 2,
    type: 'multiple_choice',
    stem: { vi: 'Đâu là dữ liệu cá nhân?', en: 'Which are personal data?' },
    options: [opt('a', 'Họ tên'), opt('b', 'Số điện thoại'), opt('c', 'Giá lúa'), opt('d', 'Thời tiết')],
    answer: { optionIds: ['a', 'b'] },
  });
  const trueFalse = () => ({
    ...common,
    id: '4.2-L1-002',
    level: 1,
    type: 'true_false',
    stem: { vi: 'Ngân hàng không bao giờ hỏi mã OTP.', en: 'Banks never ask for your OTP.' },
    answer: { value: true },
  });
  const shortAnswer = () => ({
    ...common,
    id: '4.2-L1-003',
    level: 1,
    type: 'short_answer',
    stem: { vi: 'Gọi Công an số mấy?', en: 'Which number calls the police?' },
    answer: { accepted: ['113'], numeric: true },
  });
  const ordering = () => ({
    ...common,
    id: '4.2-L3-001',
    level: 3,
    type: 'ordering',
    stem: { vi: 'Sắp xếp các bước xử lý khi lộ OTP.', en: 'Order the steps after leaking an OTP.' },
    options: [opt('a', 'Gọi tổng đài'), opt('b', 'Đổi mật khẩu'), opt('c', 'Báo Công an')],
    answer: { order: ['a', 'b', 'c'] },
  });
  const matching = () => ({
    ...common,
    id: '4.2-L3-002',
    level: 3,
    type: 'matching',
    stem: { vi: 'Nối số điện thoại với dịch vụ.', en: 'Match numbers to services.' },
    pairs: {
      left: [opt('l1', '113'), opt('l2', '114'), opt('l3', '115')],
      right: [opt('r1', 'Cấp cứu'), opt('r2', 'Công an'), opt('r3', 'Cứu hỏa')],
    },
    answer: { pairs: { l1: 'r2', l2: 'r3', l3: 'r1' } },
  });
  const hotspot = () => ({
    ...common,
    id: '4.2-L2-002',
    level: 2,
    type: 'hotspot',
    stem: { vi: 'Chạm vào nút Xóa.', en: 'Tap Delete.' },
    image: { file: 'images/4.2-L2-002.svg', width: 360, height: 640, alt: { vi: 'Màn hình ảnh', en: 'Photo screen' } },
    regions: [
      { id: 'r1', x: 0, y: 560, width: 180, height: 60, label: { vi: 'Chia sẻ', en: 'Share' } },
      { id: 'r2', x: 180, y: 560, width: 180, height: 60, label: { vi: 'Xóa', en: 'Delete' } },
    ],
    answer: { regionId: 'r2' },
    accessibility: { needsImage: true, screenReaderOk: false },
  });

  type Mutable = Record<string, unknown>;
  const check = (...items: unknown[]) => validateItemBank(items, framework);
  const only = (problems: string[], pattern: RegExp) => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(pattern);
  };

  it('accepts a well-formed item of every type', () => {
    expect(
      check(singleChoice(), multipleChoice(), trueFalse(), shortAnswer(), ordering(), matching(), hotspot()),
    ).toEqual([]);
  });

  it('reports schema errors with the item id', () => {
    const item = singleChoice();
    delete (item as Mutable)['explanation'];
    only(check(item), /^4\.2-L1-001: schema: explanation/);
    only(check({ ...trueFalse(), options: [opt('a', 'Có')] }), /^4\.2-L1-002: schema:.*options/);
    const wrongKey = check({ ...singleChoice(), answer: { optionIds: ['a', 'b'] } });
    expect(wrongKey.length).toBeGreaterThan(0);
    for (const p of wrongKey) expect(p).toMatch(/^4\.2-L1-001: schema: answer/);
    only(check({ ...singleChoice(), type: 'essay' }), /^4\.2-L1-001: schema: type/);
  });

  it('reports duplicate ids and duplicate stems', () => {
    const dupId = check(singleChoice(), { ...singleChoice(), stem: { vi: 'Một câu hỏi khác hẳn?' } });
    only(dupId, /4\.2-L1-001: duplicate id \(used 2 times\)/);
    const dupStem = check(trueFalse(), {
      ...trueFalse(),
      id: '4.2-L1-009',
      stem: { vi: '  ngân hàng KHÔNG bao giờ hỏi mã OTP ' },
    });
    only(dupStem, /4\.2-L1-009: duplicate stem \(same as 4\.2-L1-002\)/);
  });

  it('reports a competence that is not in the framework, and an id that does not match it', () => {
    const problems = check({ ...trueFalse(), competence: '7.1' });
    expect(problems).toContain('4.2-L1-002: competence "7.1" is not in the framework');
    expect(problems).toContain('4.2-L1-002: id should start with "7.1-L1-"');
  });

  it('checks the single_choice key', () => {
    only(check({ ...singleChoice(), answer: { optionId: 'z' } }), /answer optionId "z" is not an option id/);
  });

  it('checks the multiple_choice key', () => {
    only(check({ ...multipleChoice(), answer: { optionIds: ['a', 'x'] } }), /optionIds x are not option ids/);
    only(check({ ...multipleChoice(), answer: { optionIds: ['a', 'a', 'b'] } }), /duplicates/);
    expect(check({ ...multipleChoice(), answer: { optionIds: ['a', 'b', 'c', 'd'] } })).toEqual([
      '4.2-L2-001: multiple_choice cannot have every option correct',
    ]);
    only(check({ ...multipleChoice(), answer: { optionIds: ['a'] } }), /schema: answer\.optionIds/);
  });

  it('checks that the ordering key is a permutation', () => {
    only(check({ ...ordering(), answer: { order: ['a', 'b', 'b'] } }), /permutation/);
    only(check({ ...ordering(), answer: { order: ['a', 'b', 'c', 'd'] } }), /permutation/);
  });

  it('checks the matching key', () => {
    only(check({ ...matching(), answer: { pairs: { l1: 'r2', l2: 'r3' } } }), /left "l3" has no match/);
    only(check({ ...matching(), answer: { pairs: { l1: 'r2', l2: 'r3', l3: 'r9' } } }), /unknown right id "r9"/);
    only(
      check({ ...matching(), answer: { pairs: { l1: 'r2', l2: 'r3', l3: 'r1', l4: 'r1' } } }),
      /"l4" is not a left id/,
    );
    const fewerRight = matching();
    fewerRight.pairs.left.push(opt('l4', '116'));
    fewerRight.answer.pairs = { ...fewerRight.answer.pairs, l4: 'r1' } as typeof fewerRight.answer.pairs;
    only(check(fewerRight), /at least as many right entries/);
  });

  it('checks the hotspot key and region geometry', () => {
    only(check({ ...hotspot(), answer: { regionId: 'r7' } }), /regionId "r7" is not a region id/);
    const outside = hotspot();
    outside.regions[1].x = 300;
    expect(check(outside)).toEqual(['4.2-L2-002: region "r2" lies outside the 360x640 picture']);
    const overlapping = hotspot();
    overlapping.regions[1].x = 100;
    only(check(overlapping), /regions "r1" and "r2" overlap/);
  });

  it('checks picture files through the size lookup', () => {
    const missing: ImageSizeLookup = () => undefined;
    only(validateItemBank([hotspot()], framework, missing), /image file "images\/4\.2-L2-002\.svg" not found/);
    const other: ImageSizeLookup = () => ({ width: 320, height: 480 });
    only(validateItemBank([hotspot()], framework, other), /is 320x480, declared 360x640/);
  });

  it('rejects options that are not shuffle-safe', () => {
    const sc = singleChoice();
    sc.options[2] = opt('c', 'Tất cả các đáp án trên');
    only(check(sc), /option "c" is not shuffle-safe/);
    const mc = multipleChoice();
    mc.options[3] = { id: 'd', text: { vi: 'Cả hai', en: 'Both A and B' } };
    only(check(mc), /option "d" is not shuffle-safe/);
    const ord = ordering();
    ord.options[0] = opt('a', 'Xem lại đáp án B');
    only(check(ord), /option "a" is not shuffle-safe/);
  });

  it('requires Vietnamese text', () => {
    only(
      check({ ...trueFalse(), stem: { vi: 'Banks never ask for OTP.' }, explanation: { vi: 'Never share it.' } }),
      /no Vietnamese diacritics/,
    );
    only(check({ ...trueFalse(), stem: { vi: '   ', en: 'Banks never ask.' } }), /schema: stem\.vi/);
  });

  it('checks numeric short answers', () => {
    only(check({ ...shortAnswer(), answer: { accepted: ['một trăm mười ba'], numeric: true } }), /non-numeric/);
  });

  it('counts coverage per competence, level and type', () => {
    const cov = coverage(parseItems([singleChoice(), multipleChoice(), trueFalse(), ordering()]));
    expect(cov.total).toBe(4);
    expect(cov.byCompetence['4.2']).toEqual({ total: 4, byLevel: { 1: 2, 2: 1, 3: 1 } });
    expect(cov.byLevel).toEqual({ 1: 2, 2: 1, 3: 1 });
    expect(cov.byType.true_false).toBe(1);
    expect(cov.byType.hotspot).toBe(0);
  });
});
