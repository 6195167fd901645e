import { validate } from '@readme/openapi-parser';
import { HTTP_API } from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from '@queue/e2e/test-office';
import { printingRoutes } from '../src/index.js';

/**
 * The HTTP contract (packages/protocol `HTTP_API`) is what runs: the OpenAPI document the server serves
 * is valid OpenAPI, every API route the server registered is in it, and every route of the contract is
 * served.
 */

let office: TestOfficeServer;
beforeAll(async () => {
  office = await TestOfficeServer.start({ routes: printingRoutes() });
});
afterAll(async () => {
  await office.stop();
});

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
}

const served = async (): Promise<OpenApi> => {
  const response = await fetch(`${office.url}/api/openapi.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApi;
};

/** The API's routes, not the UIs' static files, the home page or the demo printer's page. */
const isApi = (url: string) => url.startsWith('/health') || url === '/metrics' || url.startsWith('/api/');

describe('the HTTP contract', () => {
  it('is served as a valid OpenAPI 3.1 document', async () => {
    const document = await served();
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it('a broken document is not valid (the validator does look)', async () => {
    const document = await served();
    const broken = structuredClone(document);
    (broken.paths['/api/login']!.post as Record<string, unknown>).responses = 'none';
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('lists every API route the server registered, and the server registers every route it lists', async () => {
    const document = await served();
    const registered = office.server.httpRoutes
      .filter((r) => isApi(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(registered).toEqual(documented);
    expect(documented).toHaveLength(Object.keys(HTTP_API).length);
  });

  it('marks every route that needs a token, and only those', async () => {
    const document = await served();
    for (const route of Object.values(HTTP_API)) {
      const operation = document.paths[route.path]![route.method.toLowerCase()]!;
      expect(operation.security !== undefined, route.path).toBe(route.access.kind !== 'anyone');
    }
  });
});
