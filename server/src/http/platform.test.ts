import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, startTestPortal, type Client, type TestPortal } from '../test/harness.js';

describe('platform: health, OpenAPI, docs, headers and errors', () => {
  let portal: TestPortal;
  let client: Client;

  beforeAll(async () => {
    portal = await startTestPortal('sqlite');
    await portal.createUser({ email: 'a@example.com' });
    client = await portal.signIn('a@example.com');
  });
  afterAll(() => portal.close());

  it('GET /api/health answers ok without signing in', async () => {
    const res = await anonymous(portal).request('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('sets CSP with frame-ancestors, nosniff and no framing on every answer', async () => {
    const res = await anonymous(portal).request('GET', '/api/health');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('publishes an OpenAPI document listing every contract route with its schemas', async () => {
    const res = await anonymous(portal).request('GET', '/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const expected: [string, string][] = [
      ['/api/v1/auth/login', 'post'],
      ['/api/v1/auth/logout', 'post'],
      ['/api/v1/me', 'get'],
      ['/api/v1/me/tokens', 'post'],
      ['/api/v1/offices', 'post'],
      ['/api/v1/departments', 'post'],
      ['/api/v1/departments/{id}', 'patch'],
      ['/api/v1/departments', 'get'],
      ['/api/v1/org-chart', 'get'],
      ['/api/v1/users', 'post'],
      ['/api/v1/users', 'get'],
      ['/api/v1/users/{id}', 'get'],
      ['/api/v1/users/{id}', 'patch'],
      ['/api/v1/projects', 'post'],
      ['/api/v1/projects', 'get'],
      ['/api/v1/projects/{id}', 'get'],
      ['/api/v1/projects/{id}', 'patch'],
      ['/api/v1/projects/{id}/members', 'post'],
      ['/api/v1/projects/{id}/stages', 'get'],
      ['/api/v1/tasks', 'post'],
      ['/api/v1/tasks', 'get'],
      ['/api/v1/tasks/{id}', 'get'],
      ['/api/v1/tasks/{id}', 'patch'],
      ['/api/v1/tasks/{id}/actions/{action}', 'post'],
      ['/api/v1/tasks/{id}/comments', 'get'],
      ['/api/v1/tasks/{id}/comments', 'post'],
      ['/api/v1/tasks/{id}/history', 'get'],
      ['/api/v1/tasks/{id}/checklist', 'post'],
      ['/api/v1/tasks/{id}/checklist/{itemId}', 'patch'],
      ['/api/v1/tasks/{id}/dependencies', 'post'],
    ];
    for (const [path, method] of expected) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(Object.keys(op.responses).length).toBeGreaterThan(1);
    }
    expect(doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'name', 'password']),
    );
  });

  it('serves browsable API docs at /api/docs', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });

  it('answers unknown API routes and malformed JSON with the contract error shape', async () => {
    const missing = await client.request('GET', '/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const broken = await client.request('POST', '/api/v1/me/tokens', '{"name": ');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid_json');
  });
});
