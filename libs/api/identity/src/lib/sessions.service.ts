import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, Repository } from 'typeorm';
import type { UserSummary } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AppConfig, AuthUser, conflict, enforce, managerOf, Transactions, UnitOfWork } from '@lc/api-shared';
import { AccountAction, AccountEventEntity } from './account-event.entity';
import { AuthUserCache } from './auth-user-cache';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { AuthState } from './session-rules';
import { accountAccess } from './access/identity-policy';
import { SignInLimiter } from './sign-in-limiter';
import { loginsOf, UserEntity } from './user.entity';
import { UsersService } from './users.service';

export interface AccountEvent {
  action: AccountAction;
  actorId: string | null;
  reason: string | null;
}

/**
 * Sessions that end (docs/adr/0009): what the JWT strategy compares a token with, and the ways to end sessions.
 * Ending all of a person's sessions bumps their session version, which every access and refresh token carries,
 * and drops the person's cached state in every API process.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly areas: AreasService,
    private readonly usersService: UsersService,
    private readonly cache: AuthUserCache,
    private readonly signIns: SignInLimiter,
  ) {}

  /** Read on a cache miss only; `null` for an unknown or disabled person, whose tokens then answer 401. */
  async authState(id: string): Promise<AuthState | null> {
    const user = await this.users.findOneBy({ id });
    if (!user || user.disabledAt) return null;
    // A sign-in ended longer ago than an access token lives has no token left to refuse; a minute of margin for
    // the clocks of the API and the database.
    const seconds = this.config.ACCESS_TOKEN_TTL_SECONDS + 60;
    const ended: { familyId: string }[] = await this.tokens
      .createQueryBuilder('t')
      .select('DISTINCT t.family_id', 'familyId')
      .where('t.user_id = :id AND t.revoked_at > now() - make_interval(secs => :seconds)', { id, seconds })
      .getRawMany();
    return {
      user: await this.usersService.authUserOf(user),
      sessionVersion: user.sessionVersion,
      endedFamilies: ended.map((r) => r.familyId),
    };
  }

  /** Ends every session of the person: their own "sign out everywhere", an admin's, or a reused refresh token. */
  async endAll(userId: string, event: AccountEvent): Promise<void> {
    await this.transactions.run((work) => this.endAllIn(work, userId, event));
    await this.cache.invalidate(userId);
  }

  /**
   * The database part of `endAll`, inside the caller's transaction; the caller invalidates the cache after it
   * commits (before, another request could cache the old version again). Revoking the refresh tokens keeps the
   * record plain; the version alone would suffice, since a refresh token stamped with an older one is refused even
   * if a concurrent refresh inserted it after this update.
   */
  async endAllIn(work: UnitOfWork, userId: string, event: AccountEvent): Promise<void> {
    const m = managerOf(work);
    await m.increment(UserEntity, { id: userId }, 'sessionVersion', 1);
    await m.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await m.insert(AccountEventEntity, { userId, ...event });
  }

  /** Sign-out of one device: its sign-in (refresh family) ends, and its access token with it, other devices not. */
  async endFamily(userId: string, familyId: string): Promise<void> {
    await this.tokens.update({ userId, familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.cache.invalidate(userId);
  }

  async endSessionsByAdmin(userId: string, admin: AuthUser): Promise<void> {
    await this.assertManages(admin, await this.usersService.get(userId));
    await this.endAll(userId, { action: 'sessions_ended', actorId: admin.id, reason: null });
  }

  async disable(userId: string, reason: string, admin: AuthUser): Promise<UserSummary> {
    await this.assertManages(admin, await this.usersService.get(userId));
    await this.transactions.run(async (work) => {
      const m = managerOf(work);
      const done = await m.update(
        UserEntity,
        { id: userId, disabledAt: IsNull() },
        { disabledAt: new Date(), disabledBy: admin.id, disableReason: reason.trim() },
      );
      if (!done.affected) throw conflict('ACCOUNT_ALREADY_DISABLED', 'Tài khoản này đã bị khoá.');
      await this.endAllIn(work, userId, { action: 'disabled', actorId: admin.id, reason: reason.trim() });
    });
    await this.cache.invalidate(userId);
    return this.usersService.summary(userId);
  }

  /** Who disabled the account and why stays in account_event; the person signs in again with their password. */
  async enable(userId: string, admin: AuthUser): Promise<UserSummary> {
    await this.assertManages(admin, await this.usersService.get(userId));
    await this.dataSource.transaction(async (m) => {
      const done = await m.update(
        UserEntity,
        { id: userId, disabledAt: Not(IsNull()) },
        { disabledAt: null, disabledBy: null, disableReason: null },
      );
      if (!done.affected) throw conflict('ACCOUNT_NOT_DISABLED', 'Tài khoản này không bị khoá.');
      await m.insert(AccountEventEntity, { userId, action: 'enabled', actorId: admin.id, reason: null });
    });
    await this.cache.invalidate(userId);
    return this.usersService.summary(userId);
  }

  /**
   * Lifts the sign-in waits and locks of the person's login from every client (docs/adr/0007), for the owner who
   * asked at the commune; it ends no session and changes no password.
   */
  async unlockSignIn(userId: string, admin: AuthUser): Promise<void> {
    const user = await this.usersService.get(userId);
    await this.assertManages(admin, user);
    await this.signIns.unlock(loginsOf(user));
    await this.dataSource
      .getRepository(AccountEventEntity)
      .insert({ userId, action: 'sign_in_unlocked', actorId: admin.id, reason: null });
  }

  /** The areas a person is tied to: their commune and those of their active grants (see session-rules.ts). */
  private async assertManages(admin: AuthUser, user: UserEntity): Promise<void> {
    const grants = await this.grants.findBy({ userId: user.id, revokedAt: IsNull() });
    const ids = [...grants.map((g) => g.areaId), ...(user.communeId ? [user.communeId] : [])];
    const areas = await this.areas.pathsOf(ids);
    enforce(accountAccess(admin, { userId: user.id, areaPaths: [...areas.values()].map((a) => a.path) }));
  }
}
