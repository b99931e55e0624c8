import { crossSiteProblem, hostOf } from './same-origin';

const ours = { 'x-lc-csrf': '1', host: 'hoctap.hanoi.gov.vn' };

describe(crossSiteProblem.name, () => {
  it('lets our page through: the header, and the browser saying same-origin', () => {
    expect(crossSiteProblem({ ...ours, 'sec-fetch-site': 'same-origin' })).toBeNull();
  });

  it('needs the custom header whatever else the request says', () => {
    expect(crossSiteProblem({ host: ours.host, 'sec-fetch-site': 'same-origin' })).toMatch(/X-LC-CSRF/);
    expect(crossSiteProblem({ ...ours, 'x-lc-csrf': 'yes' })).toMatch(/X-LC-CSRF/);
  });

  it('refuses what the browser marks as sent by another origin, even of the same site', () => {
    for (const site of ['same-site', 'cross-site', 'none'])
      expect(crossSiteProblem({ ...ours, 'sec-fetch-site': site })).toMatch(/Sec-Fetch-Site/);
  });

  it('trusts Sec-Fetch-Site over an Origin that a proxy made look foreign', () => {
    const proxied = {
      ...ours,
      host: 'api:3000',
      origin: 'https://hoctap.hanoi.gov.vn',
      'sec-fetch-site': 'same-origin',
    };
    expect(crossSiteProblem(proxied)).toBeNull();
  });

  it('without Sec-Fetch-Site, compares Origin with Host or the public address', () => {
    expect(crossSiteProblem({ ...ours, origin: 'https://hoctap.hanoi.gov.vn' })).toBeNull();
    expect(crossSiteProblem({ ...ours, origin: 'https://evil.example' })).toMatch(/Origin/);
    expect(crossSiteProblem({ ...ours, origin: 'null' })).toMatch(/Origin/);
    expect(crossSiteProblem({ ...ours, host: 'api:3000', origin: 'https://hoctap.hanoi.gov.vn' })).toMatch(/Origin/);
    expect(
      crossSiteProblem({ ...ours, host: 'api:3000', origin: 'https://hoctap.hanoi.gov.vn' }, ['hoctap.hanoi.gov.vn']),
    ).toBeNull();
  });

  it('for sign-in, needs no header but still refuses what a browser says came from elsewhere', () => {
    expect(crossSiteProblem({ host: ours.host }, [], false)).toBeNull();
    expect(crossSiteProblem({ host: ours.host, 'sec-fetch-site': 'same-origin' }, [], false)).toBeNull();
    expect(crossSiteProblem({ host: ours.host, 'sec-fetch-site': 'cross-site' }, [], false)).toMatch(/Sec-Fetch-Site/);
    expect(crossSiteProblem({ host: ours.host, origin: 'https://evil.example' }, [], false)).toMatch(/Origin/);
  });

  it('lets a client that is no browser through with the header alone: it holds no victim’s cookie', () => {
    expect(crossSiteProblem(ours)).toBeNull();
  });
});

describe(hostOf.name, () => {
  it('reads host and port, and nothing from what is no URL', () => {
    expect(hostOf('http://localhost:3210')).toBe('localhost:3210');
    expect(hostOf('')).toBeNull();
    expect(hostOf('null')).toBeNull();
  });
});
