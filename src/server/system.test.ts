import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from './lib/env.ts';
import { assertNodeVersion } from './lib/node-version.ts';
import { startTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('reports database reachability and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: 'ok',
      databaseKind: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });
});

describe('OpenAPI', () => {
  it('documents the API from the same zod schemas, strict bodies included', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const login = doc.paths['/api/auth/login'].post;
    const body = login.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['email', 'password']);
    expect(body.additionalProperties).toBe(false);
    const createUnit = doc.paths['/api/owners/{ownerId}/units'].post;
    expect(Object.keys(createUnit.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['orgNumber', 'name', 'unitType']),
    );
    expect(doc.paths['/api/health'].get).toBeDefined();
  });
});

describe('runtime', () => {
  it.each([
    ['20.20.2', true],
    ['23.11.0', true],
    ['24.0.0', false],
    ['26.1.0', false],
  ])('Node %s refused: %s', (version, refused) => {
    if (refused) expect(() => assertNodeVersion(version)).toThrow(/needs Node 24/);
    else expect(() => assertNodeVersion(version)).not.toThrow();
  });

  it('a bad configuration value stops the start with its name', () => {
    expect(() => loadEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadEnv({}).PUBLIC_URL).toBe('http://localhost:3000');
  });
});
