import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import type {
  IssueResetCodeRequest,
  IssuedResetCode,
  PasswordResetRequest,
  RecoveryCodeIssued,
  RecoveryCodeStatus,
  RecoveryMethod,
} from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AppConfig, AuthUser, conflict, invalid, managerOf, maskCitizenId, Transactions } from '@lc/api-shared';
import { AccountEventEntity } from './account-event.entity';
import { AuthUserCache } from './auth-user-cache';
import { PasswordHasher } from './passwords';
import { PasswordResetCodeEntity } from './password-reset-code.entity';
import { codeHash, newRecoveryCode, newResetCode } from './recovery-codes';
import { assertMayIssueResetCode, resetCodePersonNotFound, ResetCodeTarget } from './recovery-rules';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { loginsOf, UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** An unknown login runs the same queries as a known one, against an id nobody has. */
const NOBODY = '00000000-0000-0000-0000-000000000000';
/** Wrong tries after which an officer's code is void, known or not to the one trying. */
export const MAX_RESET_CODE_FAILURES = 5;

const recoveryInvalid = () =>
  invalid(
    'RECOVERY_INVALID',
    'Số định danh hoặc mã không đúng, hoặc mã đã hết hạn hay đã được dùng. Hãy kiểm tra lại, hoặc nhờ cán bộ xã/phường cấp mã mới.',
  );
/**
 * Account recovery (docs/adr/0017): officers' one-time reset codes, people's own recovery codes, and resetting a
 * password with either. A reset ends every session, lifts the sign-in locks of the login and gives a new recovery
 * code. Answers never tell an outsider whether an ID number is registered.
 */
@Injectable()
export class RecoveryService {
  constructor(
    @InjectRepository(PasswordResetCodeEntity) private readonly codes: Repository<PasswordResetCodeEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly areas: AreasService,
    private readonly usersService: UsersService,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordHasher,
    private readonly signIns: SignInLimiter,
    private readonly cache: AuthUserCache,
  ) {}

  async issueResetCode(req: IssueResetCodeRequest, officer: AuthUser): Promise<IssuedResetCode> {
    const user = await this.usersService.findByLogin(req.login);
    if (!user) throw resetCodePersonNotFound();
    assertMayIssueResetCode(officer, await this.targetOf(user));
    if (user.disabledAt) {
      throw conflict('RESET_CODE_ACCOUNT_DISABLED', 'Tài khoản này đang bị khoá; quản trị viên cần mở khoá trước.');
    }
    const code = newResetCode();
    const minutes = this.config.PASSWORD_RESET_CODE_TTL_MINUTES;
    const expiresAt = await this.dataSource.transaction(async (m) => {
      // Two officers at once: the second waits here, then voids the first one's code, instead of tripping the
      // one-open-code index.
      await m.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [user.id]);
      const open = { userId: user.id, usedAt: IsNull(), voidedAt: IsNull() };
      await m.update(PasswordResetCodeEntity, open, { voidedAt: () => 'now()' });
      const [row]: { expires_at: Date }[] = await m.query(
        `INSERT INTO password_reset_code (user_id, code_hash, issued_by, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING expires_at`,
        [user.id, codeHash(code), officer.id, minutes],
      );
      await m.insert(AccountEventEntity, { userId: user.id, action: 'reset_code_issued', actorId: officer.id });
      return row.expires_at;
    });
    return {
      code,
      expiresAt: expiresAt.toISOString(),
      fullName: user.fullName,
      citizenIdMasked: maskCitizenId(user.citizenId),
      username: user.username,
    };
  }

  /**
   * Every outcome costs one argon2 hash of the new password first, and an unknown login runs the same queries as
   * a known one, so neither the answer nor its time says whether the ID number is registered. Of many concurrent
   * uses of one code exactly one wins: the code's row (or the person's, for a recovery code) is updated under
   * its row lock, and the losers find it changed.
   */
  async resetPassword(req: PasswordResetRequest): Promise<RecoveryCodeIssued> {
    const passwordHash = await this.passwords.hash(req.newPassword);
    const user = await this.usersService.findByLogin(req.login);
    const userId = user?.id ?? NOBODY;
    const recoveryCode = newRecoveryCode();
    const done = await this.transactions.run(async (work) => {
      const m = managerOf(work);
      if (!(await this.consume(m, req.method, userId, req.code))) return false;
      const now = new Date();
      await m.update(
        UserEntity,
        { id: userId },
        { passwordHash, recoveryCodeHash: codeHash(recoveryCode), recoveryCodeCreatedAt: now },
      );
      await m.update(PasswordResetCodeEntity, { userId, usedAt: IsNull(), voidedAt: IsNull() }, { voidedAt: now });
      await this.sessions.endAllIn(work, userId, {
        action: `password_reset_with_${req.method}`,
        actorId: userId,
        reason: null,
      });
      return true;
    });
    if (!done || !user) {
      if (req.method === 'reset_code') await this.countWrongTry(userId);
      throw recoveryInvalid();
    }
    await this.cache.invalidate(userId);
    await this.signIns.unlock(loginsOf(user));
    return { recoveryCode };
  }

  async recoveryCodeStatus(userId: string): Promise<RecoveryCodeStatus> {
    const user = await this.usersService.get(userId);
    return { createdAt: user.recoveryCodeCreatedAt?.toISOString() ?? null };
  }

  /** Replaces the person's recovery code; the current password is asked, so a phone left signed in is not enough. */
  async renewRecoveryCode(userId: string, password: string): Promise<RecoveryCodeIssued> {
    const user = await this.usersService.get(userId);
    if (!(await this.passwords.verify(user.passwordHash, password)).ok) {
      throw invalid('PASSWORD_INCORRECT', 'Mật khẩu hiện tại không đúng.');
    }
    const recoveryCode = newRecoveryCode();
    await this.dataSource.transaction(async (m) => {
      await m.update(
        UserEntity,
        { id: userId },
        { recoveryCodeHash: codeHash(recoveryCode), recoveryCodeCreatedAt: new Date() },
      );
      await m.insert(AccountEventEntity, { userId, action: 'recovery_code_renewed', actorId: userId });
    });
    return { recoveryCode };
  }

  /** Uses up the code if it is the person's and still good; false otherwise. */
  private async consume(m: EntityManager, method: RecoveryMethod, userId: string, code: string): Promise<boolean> {
    const hash = codeHash(code);
    if (method === 'recovery_code') {
      // Locked until this transaction replaces the code: a concurrent use of the same code then finds no match.
      const rows = await m.query(`SELECT 1 FROM app_user WHERE id = $1 AND recovery_code_hash = $2 FOR UPDATE`, [
        userId,
        hash,
      ]);
      return rows.length === 1;
    }
    const used = await m
      .createQueryBuilder()
      .update(PasswordResetCodeEntity)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL AND voided_at IS NULL', { userId, hash })
      .andWhere('expires_at > now()')
      .execute();
    return used.affected === 1;
  }

  /** A wrong try on a person's open code counts; the last allowed one voids it. */
  private async countWrongTry(userId: string): Promise<void> {
    await this.codes
      .createQueryBuilder()
      .update()
      .set({
        failedAttempts: () => 'failed_attempts + 1',
        voidedAt: () => `CASE WHEN failed_attempts + 1 >= ${MAX_RESET_CODE_FAILURES} THEN now() END`,
      })
      .where('user_id = :userId AND used_at IS NULL AND voided_at IS NULL AND expires_at > now()', { userId })
      .execute();
  }

  private async targetOf(user: UserEntity): Promise<ResetCodeTarget> {
    const { grants } = await this.usersService.authUserOf(user);
    return { userId: user.id, communePath: user.communeId ? await this.areas.pathOf(user.communeId) : null, grants };
  }
}
