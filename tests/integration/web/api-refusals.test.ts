import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrorSchema, type AppErrorData } from '../../../shared/errors';
import { counts, rawRequest, startHarness, type Harness } from './harness';

let harness: Harness;
let before: { companies: number; audit: number };

beforeAll(async () => {
  harness = await startHarness();
  before = await counts(harness);
});
afterAll(() => harness.close());

const validCompany = JSON.stringify({ legalNameJa: '株式会社テスト' });

/** Every refusal is the structured envelope: a known code and a message in both languages. */
function refusal(text: string): AppErrorData {
  const envelope = JSON.parse(text) as { ok: boolean; error: unknown };
  expect(envelope.ok).toBe(false);
  const error = appErrorSchema.parse(envelope.error);
  expect(error.message.ja).not.toBe('');
  expect(error.message.en).not.toBe('');
  return error;
}

interface Case {
  name: string;
  send: () => Promise<{ status: number; text: string }>;
  status: number;
  code: AppErrorData['code'];
  path?: (string | number)[];
}

const post = (operation: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest({
    port: harness.server.port,
    path: `/api/${operation}`,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Workbench-Token': harness.server.token,
      'X-Workbench-Workspace': harness.core.workspace().id,
      ...headers,
    },
    body,
  });

const cases: Case[] = [
  {
    name: 'a field of the wrong type',
    send: () => post('companies.create', JSON.stringify({ legalNameJa: 123 })),
    status: 400,
    code: 'validation',
    path: ['legalNameJa'],
  },
  { name: 'a missing required field', send: () => post('companies.create', '{}'), status: 400, code: 'validation', path: ['legalNameJa'] },
  {
    name: 'an unknown field',
    send: () => post('companies.create', JSON.stringify({ legalNameJa: 'A社', isAdmin: true })),
    status: 400,
    code: 'validation',
  },
  { name: 'an unknown operation', send: () => post('companies.drop', validCompany), status: 404, code: 'unknown_operation' },
  { name: 'no operation at all', send: () => post('', validCompany), status: 404, code: 'unknown_operation' },
  {
    name: 'a missing token',
    send: () =>
      rawRequest({ port: harness.server.port, path: '/api/companies.create', method: 'POST', body: validCompany }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a wrong token',
    send: () => post('companies.create', validCompany, { 'X-Workbench-Token': 'x'.repeat(harness.server.token.length) }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'the token in the query string instead of the header',
    send: () =>
      rawRequest({
        port: harness.server.port,
        path: `/api/companies.create?token=${harness.server.token}`,
        method: 'POST',
        body: validCompany,
      }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a foreign Host header (DNS rebinding)',
    send: () => post('companies.create', validCompany, { Host: `evil.example:${harness.server.port}` }),
    status: 403,
    code: 'forbidden_host',
  },
  {
    name: 'a Host header without the port',
    send: () => post('companies.create', validCompany, { Host: '127.0.0.1' }),
    status: 403,
    code: 'forbidden_host',
  },
  {
    name: 'GET on the API',
    send: () =>
      rawRequest({
        port: harness.server.port,
        path: '/api/companies.create',
        headers: { 'X-Workbench-Token': harness.server.token },
      }),
    status: 405,
    code: 'unsupported',
  },
  {
    name: 'a body over the size limit',
    send: () => post('companies.create', JSON.stringify({ legalNameJa: 'あ'.repeat(4 * 1024 * 1024) })),
    status: 413,
    code: 'validation',
  },
  { name: 'a body that is not JSON', send: () => post('companies.create', "{legalNameJa: 'A社'"), status: 400, code: 'validation' },
  {
    name: 'no workspace id',
    send: () =>
      rawRequest({
        port: harness.server.port,
        path: '/api/companies.create',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': harness.server.token },
        body: validCompany,
      }),
    status: 409,
    code: 'workspace_changed',
  },
  {
    name: 'the id of another workspace',
    send: () => post('companies.create', validCompany, { 'X-Workbench-Workspace': '00000000-0000-4000-8000-000000000000' }),
    status: 409,
    code: 'workspace_changed',
  },
  {
    name: 'an empty workspace id',
    send: () => post('companies.create', validCompany, { 'X-Workbench-Workspace': '' }),
    status: 409,
    code: 'workspace_changed',
  },
];

describe('browser mode refuses bad requests with a structured envelope', () => {
  it.each(cases)('$name → $status $code', async ({ send, status, code, path }) => {
    const response = await send();
    expect(response.status).toBe(status);
    const error = refusal(response.text);
    expect(error.code).toBe(code);
    if (path) expect(error.path).toEqual(path);
  });

  it('wrote nothing for any of them', async () => {
    expect(await counts(harness)).toEqual(before);
  });

  it('does write for the same request done right (the counts above can change)', async () => {
    const response = await post('companies.create', validCompany);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ ok: true, value: { legalNameJa: '株式会社テスト' } });
    const after = await counts(harness);
    expect(after.companies).toBe(before.companies + 1);
    expect(after.audit).toBeGreaterThan(before.audit);
  });

  it('names every bad field in the validation issues', async () => {
    const response = await post('desks.create', JSON.stringify({ companyId: -1, kind: 'nope' }));
    expect(response.status).toBe(400);
    const error = refusal(response.text);
    const paths = (error.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['companyId', 'kind', 'nameJa']));
  });
});
