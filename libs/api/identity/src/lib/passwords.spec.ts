import { argon2ParamsProblem, DEFAULT_ARGON2, PasswordHasher } from './passwords';

describe(argon2ParamsProblem.name, () => {
  it("accepts each of OWASP's equivalent settings and the default", () => {
    for (const [m, t] of [
      [47_104, 1],
      [19_456, 2],
      [12_288, 3],
      [9_216, 4],
      [7_168, 5],
    ]) {
      expect(argon2ParamsProblem({ memoryKiB: m, timeCost: t, parallelism: 1 })).toBeNull();
    }
    expect(argon2ParamsProblem(DEFAULT_ARGON2)).toBeNull();
  });

  it('refuses settings below them', () => {
    expect(argon2ParamsProblem({ memoryKiB: 4_096, timeCost: 10, parallelism: 1 })).toMatch(/7168/);
    expect(argon2ParamsProblem({ memoryKiB: 19_456, timeCost: 1, parallelism: 1 })).toMatch(/35840/);
    expect(() => new PasswordHasher({ memoryKiB: 1024, timeCost: 1, parallelism: 1 })).toThrow(/Invalid/);
  });
});

describe(PasswordHasher.name, () => {
  const cheap = { memoryKiB: 7_168, timeCost: 5, parallelism: 1 };

  it('verifies its own hashes and refuses a wrong password or a missing account', async () => {
    const sut = new PasswordHasher(cheap);
    const hash = await sut.hash('Mật-khẩu-1');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
    expect(await sut.verify(hash, 'Mật-khẩu-1')).toEqual({ ok: true, rehash: false });
    expect(await sut.verify(hash, 'sai')).toEqual({ ok: false, rehash: false });
    expect(await sut.verify(null, 'Mật-khẩu-1')).toEqual({ ok: false, rehash: false });
  });

  it('still verifies a hash made with other settings, and asks for it to be replaced', async () => {
    const old = await new PasswordHasher({ memoryKiB: 9_216, timeCost: 4, parallelism: 1 }).hash('cũ');
    expect(await new PasswordHasher(cheap).verify(old, 'cũ')).toEqual({ ok: true, rehash: true });
  });
});
