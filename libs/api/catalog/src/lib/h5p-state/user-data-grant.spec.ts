import { signUserData, userDataKey, verifyUserData } from './user-data-grant';

describe(verifyUserData.name, () => {
  const key = userDataKey('a-server-secret-that-is-long-enough-for-tests');
  const person = '11111111-2222-4333-8444-555555555555';
  const material = '66666666-7777-4888-8999-000000000000';
  const now = 1_800_000_000;

  it('gives back the person for their own material until it expires', () => {
    const token = signUserData(key, person, material, now + 60);
    expect(verifyUserData(key, material, token, now)).toBe(person);
    expect(verifyUserData(key, material, token, now + 60)).toBeNull();
  });

  it('refuses another material, another person, another key and a forged mark', () => {
    const token = signUserData(key, person, material, now + 60);
    expect(verifyUserData(key, person, token, now)).toBeNull();
    const other = token.replace(person, '11111111-2222-4333-8444-555555555556');
    expect(verifyUserData(key, material, other, now)).toBeNull();
    expect(verifyUserData(userDataKey('another-secret-another-secret-another'), material, token, now)).toBeNull();
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyUserData(key, material, forged, now)).toBeNull();
    expect(verifyUserData(key, material, 'nonsense', now)).toBeNull();
  });
});
