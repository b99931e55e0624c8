import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationStatus, DIGITAL_SKILLS_ASSESSMENT } from '@lc/shared-contracts';
import {
  ApplicationsService,
  CriteriaSetEntity,
  dayIn,
  DecisionsService,
  ReviewService,
  VIETNAM_TIME_ZONE,
} from '@lc/api-certification';
import { makeCitizenId, RoleGrantEntity, UserEntity, UsersService } from '@lc/api-identity';
import { RecordsService } from '@lc/api-records';
import { AuthUser } from '@lc/api-shared';
import { demoPerson, seededRandom } from './demo-people';
import { SeededAccounts } from './seed-accounts';

const CITIZENS = 200;
/** Where each demo application ends up; the rest of the citizens have none. */
const FATES: [ApplicationStatus | 'none', number][] = [
  ['none', 0.3],
  ['draft', 0.08],
  ['submitted', 0.12],
  ['verified', 0.08],
  ['recognised', 0.32],
  ['returned', 0.05],
  ['rejected', 0.05],
];

/**
 * About 200 citizens across the demo communes, with learning records and applications in every state,
 * all moved through the real services so that every invariant (areas, transitions, hash chains) holds.
 */
export async function seedCitizens(
  app: INestApplicationContext,
  accounts: SeededAccounts,
  passwordHash: string,
): Promise<void> {
  const ds = app.get(DataSource);
  const users = app.get(UsersService);
  const records = app.get(RecordsService);
  const applications = app.get(ApplicationsService);
  const review = app.get(ReviewService);
  const set = await ds.getRepository(CriteriaSetEntity).findOneByOrFail({ code: 'cdht-default' });
  const random = seededRandom(2026);
  const year = new Date().getFullYear();
  const auth = async (id: string) => (await users.authUser(id)) as AuthUser;
  const toRecognise = new Map<string, string[]>();

  for (let n = 0; n < CITIZENS; n++) {
    const commune = accounts.communes[n % accounts.communes.length];
    const p = demoPerson(random, year);
    const user = await ds.getRepository(UserEntity).save({
      ...p,
      citizenId: makeCitizenId(p.birthYear, p.gender, 100 + n),
      communeId: commune.id,
      groupId: commune.groupIds[n % commune.groupIds.length],
      passwordHash,
    });
    await ds
      .getRepository(RoleGrantEntity)
      .save({ userId: user.id, role: 'citizen', areaId: commune.id, grantedBy: null });
    const fate = pickFate(random());
    const skill = () => 1 + Math.floor(random() * (fate === 'recognised' ? 4 : 3));
    if (fate !== 'none' || random() < 0.5) {
      // A result of the city's digital-skills assessment: the only record the skill KPIs count (issue 8 §1).
      await records.appendNow({
        personId: user.id,
        verb: 'assessed',
        objectType: DIGITAL_SKILLS_ASSESSMENT,
        objectId: randomUUID(),
        objectName: { vi: 'Đánh giá năng lực số', en: 'Digital-skills assessment' },
        trust: 'verified',
        completion: true,
        domainLevels: Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((d) => [d, skill()])),
      });
      await records.appendNow({
        personId: user.id,
        verb: 'completed',
        objectType: 'h5p_material',
        objectId: 'demo-reading',
        objectName: { vi: 'Dùng điện thoại thông minh an toàn', en: 'Using a smartphone safely' },
        trust: 'reported',
        completion: true,
      });
    }
    if (p.birthYear > year - 18 || fate === 'none') continue;
    const citizen = await auth(user.id);
    const opened = await applications.open(citizen, year);
    const low = fate === 'rejected' || fate === 'returned';
    const scores = Object.fromEntries(
      set.items.map((i, k) => [i.code, low && k === 3 ? 4 : 8 + Math.floor(random() * 3)]),
    );
    await applications.saveScores(opened.id, scores, citizen);
    if (fate === 'draft') continue;
    await applications.submit(opened.id, citizen);
    if (fate === 'submitted') continue;
    const verifier = await auth(commune.verifierId);
    if (fate === 'returned') {
      await review.returnToApplicant(
        opened.id,
        { reason: 'Cần bổ sung minh chứng cho mục 1.4.', itemReasons: { '1.4': 'Chưa có minh chứng.' } },
        verifier,
      );
      continue;
    }
    await review.verify(opened.id, { scores, reason: 'Đã đối chiếu minh chứng.' }, verifier);
    if (fate === 'rejected')
      await review.reject(opened.id, 'Mục 1.4 dưới 5 điểm: chưa đạt tiêu chuẩn.', await auth(commune.approverId));
    if (fate === 'recognised') toRecognise.set(commune.id, [...(toRecognise.get(commune.id) ?? []), opened.id]);
  }

  // Mid-year, or today when the seed runs before then: a decision is never dated in the future.
  const signedOn = [`${year}-06-30`, dayIn(new Date(), VIETNAM_TIME_ZONE)].sort()[0];
  for (const commune of accounts.communes) {
    const ids = toRecognise.get(commune.id);
    if (!ids?.length) continue;
    await app.get(DecisionsService).decide(
      {
        communeId: commune.id,
        number: `${ids.length}/QĐ-HKH`,
        signedOn,
        signerName: 'Chủ tịch Hội Khuyến học',
        applicationIds: ids,
      },
      await auth(commune.approverId),
    );
  }
}

function pickFate(r: number): ApplicationStatus | 'none' {
  let acc = 0;
  for (const [fate, share] of FATES) {
    acc += share;
    if (r < acc) return fate;
  }
  return 'none';
}
