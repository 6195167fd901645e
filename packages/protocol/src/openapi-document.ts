import { z } from 'zod';
import { errorAnswerSchema } from './errors.js';
import type { HttpAccess } from './http-access.js';
import { HTTP_API, type HttpRoute } from './http-api.js';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/**
 * A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1): requests as the client writes them
 * (`input`: defaults optional, strings before coercion), answers as the server sends them (`output`).
 * Schemas with an `id` in their metadata (WireError) become shared components.
 */
const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>) => {
  const {
    $schema: _dialect,
    $defs,
    ...rest
  } = toComponentRefs(
    z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }),
  ) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  Object.assign(components, $defs);
  return rest;
};

/** zod points at shared schemas inside each document (`#/$defs/…`); OpenAPI keeps them in components. */
const toComponentRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
        ? [key, `${COMPONENTS}${inner.slice('#/$defs/'.length)}`]
        : [key, toComponentRefs(inner)],
    ),
  );
};

const accessText = (access: HttpAccess): string => {
  switch (access.kind) {
    case 'anyone':
      return 'Anyone, without a token.';
    case 'token':
      return 'Any valid token: a staff session or a device.';
    case 'staff':
      return `Staff with a role among: ${access.roles.join(', ')}.`;
    case 'device':
      return `A device token of a ${access.role}.`;
    case 'visitor':
      return 'The visitor: the bearer is the phone token of their own ticket (from the QR code on it).';
  }
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorAnswer' } } },
});

const operation = (name: string, route: HttpRoute, components: Record<string, JsonSchema>) => {
  const query = route.query ? jsonSchemaOf(route.query, 'input', components) : null;
  const properties = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  const secured = route.access.kind !== 'anyone';
  return {
    operationId: name,
    summary: route.summary,
    description: `Who may call it: ${accessText(route.access)}`,
    ...(secured ? { security: [{ bearer: [] }] } : {}),
    ...(query
      ? {
          parameters: Object.entries(properties).map(([param, schema]) => ({
            name: param,
            in: 'query',
            required: required.has(param),
            schema,
          })),
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input', components) } },
          },
        }
      : {}),
    responses: {
      '200':
        'file' in route.answer
          ? {
              description: route.answer.inline
                ? 'The body, in this media type.'
                : 'The file, as an attachment (`content-disposition` names it).',
              content: {
                [route.answer.file]: { schema: { type: 'string', contentMediaType: route.answer.file } },
              },
            }
          : {
              description: 'Done.',
              content: { 'application/json': { schema: jsonSchemaOf(route.answer, 'output', components) } },
            },
      ...(route.query || route.body
        ? { '400': errorResponse('`invalid_payload`: a field fails its schema.') }
        : {}),
      ...(secured
        ? {
            '401': errorResponse('`unauthenticated`: no valid token.'),
            '403': errorResponse('`forbidden`: the token’s role may not call this route.'),
          }
        : {}),
      ...(route.body ? { '413': errorResponse('`payload_too_large`: the body is over 1 MiB.') } : {}),
      default: errorResponse('Any other refusal (409 for the queue rules, 503 `storage_failed`, …).'),
    },
  };
};

/**
 * The OpenAPI 3.1 document of the office's HTTP API, generated from the route table (`HTTP_API`), so
 * it cannot drift from what the server registers and the client calls.
 */
export const openApiDocument = (routes: Readonly<Record<string, HttpRoute>> = HTTP_API, version = '1') => {
  const components: Record<string, JsonSchema> = {};
  components.ErrorAnswer = jsonSchemaOf(errorAnswerSchema, 'output', components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(routes)) {
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: operation(name, route, components),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Office queue server (электронная очередь)',
      version,
      description:
        'The HTTP API of one office server. Errors, whatever the route, are `{ok: false, error: WireError}` with the status of the code (docs/PROTOCOL.md). Live updates travel over Socket.IO on the same port, not described here.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
};
