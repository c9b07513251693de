import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with a salt of its own each time', async () => {
    const small = { N: 1024, r: 8, p: 1 };
    const a = await hashPassword('督办-密码-1', small);
    const b = await hashPassword('督办-密码-1', small);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('督办-密码-1', a)).toBe(true);
    expect(await verifyPassword('督办-密码-2', a)).toBe(false);
    expect(await verifyPassword('督办-密码-1', null)).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});
