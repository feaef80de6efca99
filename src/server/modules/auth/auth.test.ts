import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema.ts';
import { hashToken } from '../../lib/tokens.ts';
import { buildOwner, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax, Secure session cookie and returns the caller with abilities', async () => {
    const owner = await buildOwner(t.db);
    const user = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tillit_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
    const me = res.json();
    expect(me.user.email).toBe(user.email);
    expect(me.owners).toEqual([
      {
        id: owner.id,
        name: owner.name,
        abilities: { viewOrganisation: true, manageOrganisation: true, manageAccess: true, viewMail: true },
      },
    ]);
    // Only the hash of the token is stored.
    const [stored] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(cookie?.value ?? '')));
    expect(stored?.userId).toBe(user.id);
  });

  it('answers 401 INVALID_CREDENTIALS for a wrong password and for an unknown e-mail alike', async () => {
    const user = await buildUser(t.db);
    for (const payload of [
      { email: user.email, password: 'wrong-password!' },
      { email: 'nobody@example.no', password: 'whatever-password' },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(res.json().error.message).toBe('Feil e-postadresse eller passord.');
    }
  });

  it('translates errors by Accept-Language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'nobody@example.no', password: 'x' },
    });
    expect(res.json().error.message).toBe('Wrong e-mail address or password.');
    const nn = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'accept-language': 'nn' },
    });
    expect(nn.json().error).toMatchObject({ code: 'NOT_AUTHENTICATED', message: 'Du må logge inn.' });
  });

  it('rate-limits login attempts', async () => {
    const limited = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'x@example.no', password: 'nope-nope' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.code).toBe('RATE_LIMITED');
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session; the old cookie then answers SESSION_EXPIRED', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, user.password);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('an expired session answers 401 SESSION_EXPIRED and clears the cookie', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, user.password);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    const res = await client.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    expect(res.cookies.find((c) => c.name === 'tillit_sid')?.value).toBe('');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const owner = await buildOwner(t.db);
    const user = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, user.email, user.password);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/owners/${owner.id}/units`,
      headers: { cookie: client.cookie },
      payload: { orgNumber: '974760673', name: 'X', unitType: 'primary' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const wrong = await client.request({
      method: 'POST',
      url: `/api/owners/${owner.id}/units`,
      headers: { 'x-csrf-token': 'forged' },
      payload: { orgNumber: '974760673', name: 'X', unitType: 'primary' },
    });
    expect(wrong.json().error.code).toBe('CSRF_INVALID');
  });
});

describe('password change', () => {
  it('needs the current password, then works and ends other sessions', async () => {
    const user = await buildUser(t.db, { password: 'original-password-1' });
    const a = await signIn(t.app, user.email, 'original-password-1');
    const b = await signIn(t.app, user.email, 'original-password-1');
    const wrong = await a.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a-brand-new-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const short = await a.post('/api/auth/password', { currentPassword: 'original-password-1', newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([{ path: 'newPassword', message: 'Passordet må ha minst 12 tegn.' }]);
    const ok = await a.post('/api/auth/password', {
      currentPassword: 'original-password-1',
      newPassword: 'a-brand-new-password',
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).json().error.code).toBe('SESSION_EXPIRED');
    await expect(signIn(t.app, user.email, 'original-password-1')).rejects.toThrow();
    await signIn(t.app, user.email, 'a-brand-new-password');
  });
});

describe('locale', () => {
  it('remembers the chosen language on the account', async () => {
    const user = await buildUser(t.db);
    const client = await signIn(t.app, user.email, user.password);
    expect((await client.put('/api/auth/locale', { locale: 'nn' })).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).json().user.locale).toBe('nn');
    expect((await client.put('/api/auth/locale', { locale: 'de' })).statusCode).toBe(400);
  });
});
