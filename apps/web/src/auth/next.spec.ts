import { loginPathFor, safeNext } from './next';

describe('deep links through the login', () => {
  it('an anonymous visit to a duty goes to the login with the duty as next', () => {
    expect(loginPathFor('/duties/3f1c2a9e-0000-4000-8000-000000000001')).toBe('/login?next=%2Fduties%2F3f1c2a9e-0000-4000-8000-000000000001');
    expect(loginPathFor('/duties', '?status=overdue')).toBe('/login?next=%2Fduties%3Fstatus%3Doverdue');
    expect(loginPathFor('/')).toBe('/login');
  });

  it('after the login, only paths inside the console', () => {
    expect(safeNext('/approvals/escalations/abc')).toBe('/approvals/escalations/abc');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });
});
