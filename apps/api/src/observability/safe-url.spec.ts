import { safeUrl } from './safe-url';

describe(safeUrl.name, () => {
  it('keeps paths with ids and short numbers as they are', () => {
    expect(safeUrl('/api/attempts/6f1c1c9e-0e0e-4b5e-9c8e-1d2f3a4b5c6d/answers/1.1-L2-003')).toBe(
      '/api/attempts/6f1c1c9e-0e0e-4b5e-9c8e-1d2f3a4b5c6d/answers/1.1-L2-003',
    );
    expect(safeUrl('/api/my/applications/2026')).toBe('/api/my/applications/2026');
  });

  it('masks citizen ID numbers in the path and drops every query value', () => {
    expect(safeUrl('/api/verify/001185000001')).toBe('/api/verify/[redacted]');
    expect(safeUrl('/api/admin/users?q=Nguy%E1%BB%85n%20V%C4%83n%20A&page=2')).toBe('/api/admin/users?q=…&page=…');
    expect(safeUrl('/api/admin/users?q=001185000001')).toBe('/api/admin/users?q=…');
  });
});
