import { trustProxy, trustProxyProblem } from './trust-proxy';

describe(trustProxy.name, () => {
  it('trusts no proxy when unset', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy(' ')).toBe(false);
  });

  it('passes addresses, subnets and named ranges, or a number of hops', () => {
    expect(trustProxy('loopback, 10.0.0.0/8,2001:db8::1')).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    expect(trustProxy('1')).toBe(1);
  });

  it('refuses what would trust every client, or what Express cannot read', () => {
    for (const raw of ['true', '*', 'all', '0', '11', '10.0.0.0/33', '10.0.0.1/8/2', 'proxy.local', 'loopback,'])
      expect(trustProxyProblem(raw)).toMatch(/TRUST_PROXY/);
    expect(() => trustProxy('true')).toThrow(/TRUST_PROXY/);
  });
});
