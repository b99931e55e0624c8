import { normalizeIp } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { DomainError, Rate, RateLimitStore, waitText } from '@lc/api-shared';
import { ThrottlePolicy, waitSchedule } from './sign-in-throttle';

export interface SignInLimits {
  /** Slowing down and locking one login for one client. */
  perClient: ThrottlePolicy;
  /** Failed sign-ins of one login from all clients together before it locks for all (RATE_LIMIT_SIGN_IN_ACCOUNT). */
  perAccount: Rate;
}

/** A client's failures are remembered this long after the last one (or until it signs in). */
const FORGET_AFTER_MS = 24 * 3600_000;

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Counter keys of a sign-in. They name the login as typed (normalised), never a user row: an unknown login is
 * counted, slowed and locked exactly as a registered one, so the answers never tell whether it exists. Logins and
 * addresses are hashed: citizen ID numbers and addresses are personal data, and the keys are only compared.
 */
export function signInKeys(login: string, ip: string | undefined): { client: string; account: string } {
  const id = digest(login.trim().toLowerCase());
  return { client: `sign-in:${id}:${digest(normalizeIp(ip ?? 'unknown'))}`, account: `sign-in-account:${id}` };
}

const locked = (seconds: number) =>
  new DomainError('AUTH_LOCKED', `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${waitText(seconds)}.`, 429, {
    retryAfterSeconds: seconds,
  });

/**
 * Failed sign-ins lock a login for the client that failed, not for its owner elsewhere: anyone can type a citizen's
 * ID number, so a lock on the account alone let anyone lock anyone out. Only the per-account ceiling, reached by
 * many clients together (a distributed attack), locks the login for everyone until its window ends. Made by
 * IdentityModule from the settings.
 */
export class SignInLimiter {
  private readonly waits: number[];

  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: SignInLimits,
  ) {
    this.waits = waitSchedule(limits.perClient);
  }

  /**
   * Before the password is checked: refuses a login that must wait, else counts this try as a failure (in one atomic
   * statement, so concurrent tries cannot slip past the count) until `succeeded` forgets it.
   */
  async begin(login: string, ip: string | undefined): Promise<void> {
    const keys = signInKeys(login, ip);
    const everyone = await this.store.blockedFor(keys.account);
    if (everyone > 0) throw locked(everyone);
    const strike = await this.store.strike(keys.client, this.waits, FORGET_AFTER_MS);
    if ('waitSeconds' in strike) throw locked(strike.waitSeconds);
  }

  async failed(login: string): Promise<void> {
    const windowMs = this.limits.perAccount.windowSeconds * 1000;
    const account = signInKeys(login, undefined).account;
    await this.store.hit(account, { limit: this.limits.perAccount.limit, windowMs, blockMs: windowMs });
  }

  async succeeded(login: string, ip: string | undefined): Promise<void> {
    await this.store.forget(signInKeys(login, ip).client);
  }

  /**
   * Lifts every wait and lock on these logins, from every client and for everyone: an admin's unlock, or a password
   * reset by its owner (docs/adr/0017).
   */
  async unlock(logins: string[]): Promise<void> {
    for (const login of logins) {
      const { client, account } = signInKeys(login, undefined);
      await this.store.forgetPrefix(client.slice(0, client.lastIndexOf(':') + 1));
      await this.store.forget(account);
    }
  }
}
