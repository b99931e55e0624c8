import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import type { AuthTokens, LoginRequest, RegisterRequest, Registered } from '@lc/shared-contracts';
import { CITIZEN_ID_PROBLEM_TEXT, citizenIdProblem } from '@lc/shared-identity-util';
import { AreasService } from '@lc/api-areas';
import { AppConfig, conflict, DomainError, invalid, managerOf, Transactions } from '@lc/api-shared';
import { AuthUserCache } from './auth-user-cache';
import { PasswordHasher } from './passwords';
import { codeHash, newRecoveryCode } from './recovery-codes';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { SessionClaims } from './session-rules';
import { SessionsService } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const BAD_CREDENTIALS = () =>
  new DomainError('AUTH_INVALID', 'Số định danh/tên đăng nhập hoặc mật khẩu không đúng.', 401);
type Refreshed = { reusedBy: string } | { user: UserEntity; familyId: string };
/** What the client gets, and the refresh token that the controller puts in its cookie, never in the body. */
export interface IssuedSession {
  tokens: AuthTokens;
  refreshToken: string;
}
const ACCOUNT_DISABLED_MESSAGE = 'Tài khoản của bạn đã bị khoá. Vui lòng liên hệ cán bộ xã/phường để được hỗ trợ.';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly areas: AreasService,
    private readonly usersService: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly signIns: SignInLimiter,
    private readonly sessions: SessionsService,
    private readonly cache: AuthUserCache,
  ) {}

  /** The recovery code is in this answer only (docs/adr/0017): the web shows it once, to print or write down. */
  async register(req: RegisterRequest): Promise<Registered> {
    const problem = citizenIdProblem(req.citizenId, req.birthYear, req.gender);
    if (problem) throw invalid('CITIZEN_ID_INVALID', CITIZEN_ID_PROBLEM_TEXT[problem].vi);
    const commune = await this.areas.getCommune(req.communeId);
    const group = await this.areas.get(req.groupId);
    if (group.parentId !== commune.id)
      throw invalid('GROUP_NOT_IN_COMMUNE', 'Tổ dân phố/thôn không thuộc xã/phường đã chọn.');
    // Hash first: a taken ID is answered after the same argon2 cost as a new one, so that answer is no cheaper
    // to ask for than a registration; the route is also limited per client (docs/adr/0007).
    const passwordHash = await this.passwords.hash(req.password);
    if (await this.users.existsBy({ citizenId: req.citizenId })) {
      throw conflict(
        'CITIZEN_ID_TAKEN',
        'Số định danh này đã được đăng ký. Hãy đăng nhập, hoặc liên hệ cán bộ xã/phường nếu không phải bạn.',
      );
    }
    const recoveryCode = newRecoveryCode();
    const id = await this.dataSource.transaction(async (tx) => {
      const user = await tx.getRepository(UserEntity).save({
        fullName: req.fullName.trim(),
        citizenId: req.citizenId,
        birthYear: req.birthYear,
        gender: req.gender,
        communeId: commune.id,
        groupId: group.id,
        populationGroup: req.populationGroup,
        passwordHash,
        recoveryCodeHash: codeHash(recoveryCode),
        recoveryCodeCreatedAt: new Date(),
      });
      await tx
        .getRepository(RoleGrantEntity)
        .save({ userId: user.id, role: 'citizen', areaId: commune.id, grantedBy: null });
      return user.id;
    });
    return { ...(await this.usersService.me(id)), recoveryCode };
  }

  /** `ip` is the client's address as Express reads it (TRUST_PROXY decides whether X-Forwarded-For counts). */
  async login(req: LoginRequest, ip: string | undefined): Promise<IssuedSession> {
    const login = req.login.trim();
    await this.signIns.begin(login, ip);
    const user = /^\d{12}$/.test(login)
      ? await this.users.findOneBy({ citizenId: login })
      : await this.users.findOneBy({ username: login.toLowerCase() });
    // No account: the dummy hash costs what a real check costs, and the failure counts the same.
    const check = await this.passwords.verify(user?.passwordHash ?? null, req.password);
    if (!user || !check.ok) {
      await this.signIns.failed(login);
      throw BAD_CREDENTIALS();
    }
    // Only someone who knows the password learns that the account is disabled (and whom to ask): to anyone else
    // a disabled account answers exactly as any wrong password does (docs/adr/0009).
    if (user.disabledAt) throw new DomainError('ACCOUNT_DISABLED', ACCOUNT_DISABLED_MESSAGE, 403);
    await this.signIns.succeeded(login, ip);
    if (check.rehash) await this.users.update(user.id, { passwordHash: await this.passwords.hash(req.password) });
    return this.issue(user, randomUUID());
  }

  /** `refreshToken` is undefined when the request carried no cookie (never signed in here, or signed out). */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    const expired = () =>
      new DomainError('AUTH_REFRESH_INVALID', 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', 401);
    if (!refreshToken) throw expired();
    const outcome = await this.transactions.run<Refreshed>(async (work) => {
      const tx = managerOf(work);
      const repo = tx.getRepository(RefreshTokenEntity);
      const token = await repo.findOne({
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.revokedAt || token.expiresAt < new Date()) throw expired();
      if (token.usedAt) {
        // A rotated token came back: someone else may hold it. End every session of the person, not only this
        // sign-in: the thief's access token may belong to it, and the version check is what ends access tokens.
        await this.sessions.endAllIn(work, token.userId, { action: 'refresh_reuse', actorId: null, reason: null });
        return { reusedBy: token.userId };
      }
      const user = await tx.getRepository(UserEntity).findOneBy({ id: token.userId });
      if (!user || user.disabledAt) throw new DomainError('ACCOUNT_DISABLED', ACCOUNT_DISABLED_MESSAGE, 401);
      // Ended since this token was issued (the version moved on): a concurrent refresh may have slipped a token
      // past the revocation, but not past this.
      if (token.sessionVersion !== user.sessionVersion) throw expired();
      await repo.update(token.id, { usedAt: new Date() });
      return { user, familyId: token.familyId };
    });
    if ('reusedBy' in outcome) {
      await this.cache.invalidate(outcome.reusedBy);
      throw expired();
    }
    return this.issue(outcome.user, outcome.familyId);
  }

  /**
   * Sign-out of this device: its sign-in (refresh family) ends, and its access token with it within the cache's
   * reach, while the person's other devices stay signed in (docs/adr/0009). The cookie names the sign-in, so it
   * works with an expired access token too; nothing happens without one.
   */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const token = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (token) await this.sessions.endFamily(token.userId, token.familyId);
  }

  async logoutEverywhere(userId: string): Promise<void> {
    await this.sessions.endAll(userId, { action: 'sessions_ended', actorId: userId, reason: null });
  }

  /** Both tokens carry the session version read with the person, so a later bump ends them whatever the timing. */
  private async issue(user: UserEntity, familyId: string): Promise<IssuedSession> {
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const claims: SessionClaims = { sub: user.id, sv: user.sessionVersion, fam: familyId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn });
    const refreshToken = randomBytes(32).toString('base64url');
    const days = this.config.REFRESH_TOKEN_TTL_DAYS;
    await this.tokens.save({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      sessionVersion: user.sessionVersion,
      expiresAt: new Date(Date.now() + days * 86400_000),
    });
    return { tokens: { accessToken, expiresIn, user: await this.usersService.me(user.id) }, refreshToken };
  }
}
