import * as argon2 from 'argon2';

export interface Argon2Params {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

/**
 * OWASP's Password Storage Cheat Sheet lists equivalent argon2id settings from m=47 MiB, t=1 to m=7 MiB, t=5
 * (all p=1): at least 7 MiB, and memory × passes of at least 7 MiB × 5. The default is its m=19 MiB, t=2
 * line, which signs in about five times as many people per second as argon2's own 64 MiB, t=3 default.
 */
export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 19_456, timeCost: 2, parallelism: 1 };

export function argon2ParamsProblem(p: Argon2Params): string | null {
  if (p.memoryKiB < 7_168) return 'ARGON2_MEMORY_KIB must be at least 7168 (OWASP minimum)';
  if (p.memoryKiB * p.timeCost < 7_168 * 5)
    return 'ARGON2_MEMORY_KIB × ARGON2_TIME_COST must be at least 35840 (OWASP)';
  if (p.parallelism < 1) return 'ARGON2_PARALLELISM must be at least 1';
  return null;
}

/** argon2id hashing with the configured cost; hashes made with other settings still verify, and are upgraded. */
export class PasswordHasher {
  private readonly options: argon2.Options;
  private dummy?: Promise<string>;

  constructor(params: Argon2Params = DEFAULT_ARGON2) {
    const problem = argon2ParamsProblem(params);
    if (problem) throw new Error(`Invalid password hashing settings: ${problem}`);
    this.options = {
      type: argon2.argon2id,
      memoryCost: params.memoryKiB,
      timeCost: params.timeCost,
      parallelism: params.parallelism,
    };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  /** `rehash` says the stored hash was made with other settings and should be replaced after a success. */
  async verify(hash: string | null, password: string): Promise<{ ok: boolean; rehash: boolean }> {
    // No account: spend the time a real check costs, so the answer does not reveal which accounts exist.
    this.dummy ??= this.hash('no account has this password');
    const ok = await argon2.verify(hash ?? (await this.dummy), password).catch(() => false);
    return { ok: ok && hash !== null, rehash: ok && hash !== null && argon2.needsRehash(hash, this.options) };
  }
}
