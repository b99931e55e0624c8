import { IsNull, Not, Repository } from 'typeorm';
import { TestAttemptEntity } from './test-attempt.entity';

/** A person's attempt under way at a test, and their latest submitted one: what a start and the intro decide from. */
export async function ownAttempts(
  attempts: Repository<TestAttemptEntity>,
  testId: string,
  personId: string,
): Promise<{ open: TestAttemptEntity | null; last: TestAttemptEntity | null }> {
  const mine = { testId, personId };
  const [open, last] = await Promise.all([
    attempts.findOneBy({ ...mine, submittedAt: IsNull() }),
    attempts.findOne({ where: { ...mine, submittedAt: Not(IsNull()) }, order: { submittedAt: 'DESC' } }),
  ]);
  return { open, last };
}
