import { conflictField } from './refusals';

describe('conflictField: a 409 about one field goes next to it', () => {
  it('the taken address, role, login name', () => {
    expect(conflictField('EMAIL_TAKEN', ['name', 'email', 'organizationId'])).toBe('email');
    expect(conflictField('POSITION_EXISTS', ['role', 'title', 'holderId'])).toBe('role');
    expect(conflictField('LOGIN_TAKEN', ['login', 'password'])).toBe('login');
  });

  it('not when the form has no such field, nor for other codes', () => {
    expect(conflictField('LOGIN_TAKEN', ['password'])).toBeNull();
    expect(conflictField('HAS_SUBORDINATES', ['reason'])).toBeNull();
  });

  it('a form adds its own: the only unique column of a new organization is its code', () => {
    expect(conflictField('DUPLICATE', ['name', 'code'], { DUPLICATE: 'code' })).toBe('code');
    expect(conflictField('DUPLICATE', ['name', 'code'])).toBeNull();
  });
});
