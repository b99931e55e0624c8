import { parse } from 'node:querystring';
import { pathHazard, queryHazard } from './request-hazard';

describe(pathHazard.name, () => {
  it('passes ordinary paths, encoded Vietnamese and encoded slashes included', () => {
    expect(pathHazard('/api/areas/00004/groups')).toBeNull();
    expect(pathHazard('/api/public/certificates/T%C3%AAn%2F..')).toBeNull();
  });

  it('refuses encoded control characters in any segment', () => {
    expect(pathHazard('/api/areas/%00/groups')).toMatch(/ký tự điều khiển/);
    expect(pathHazard('/api/courses/a%0Ab')).toMatch(/ký tự điều khiển/);
    expect(pathHazard('/api/courses/%C2%85')).toMatch(/ký tự điều khiển/);
  });

  it('refuses broken percent-encoding', () => {
    expect(pathHazard('/api/courses/%FF')).toMatch(/mã "%"/);
    expect(pathHazard('/api/courses/%')).toMatch(/mã "%"/);
  });
});

describe(queryHazard.name, () => {
  // Express 5 parses queries with node:querystring ("simple"), as here.
  it('passes one plain value per plain name', () => {
    expect(queryHazard(parse('areaId=00004&year=2026&q=Nguy%E1%BB%85n&_=1'))).toBeNull();
    expect(queryHazard({})).toBeNull();
  });

  it('refuses list and object syntax, and repeated names', () => {
    expect(queryHazard(parse('areaId[]=x'))).toMatch(/"areaId\[\]" không hợp lệ/);
    expect(queryHazard(parse('a[b]=c'))).toMatch(/không hợp lệ/);
    expect(queryHazard(parse('areaId=a&areaId=b'))).toMatch(/chỉ được gửi một lần/);
    expect(queryHazard({ areaId: { x: '1' } })).toMatch(/chỉ được gửi một lần/);
  });

  it('refuses prototype names and control characters', () => {
    expect(queryHazard(parse('__proto__=1'))).toMatch(/không hợp lệ/);
    expect(queryHazard(parse('constructor=1'))).toMatch(/không hợp lệ/);
    expect(queryHazard(parse('q=%00'))).toMatch(/ký tự điều khiển/);
    expect(queryHazard(parse('%00=1'))).toMatch(/"\\u0000" không hợp lệ/);
  });
});
