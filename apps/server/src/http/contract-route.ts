import {
  HTTP_API,
  type HttpAnswer,
  type HttpRoute,
  type HttpRouteName,
  type JsonRouteName,
  type ParsedBody,
  type ParsedQuery,
} from '@queue/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';

type Answer<N extends HttpRouteName> = N extends JsonRouteName ? HttpAnswer<N> : never;

/** A route's handler: it gets the parsed query and body, and answers the contract's 200 (or a reply). */
export type ContractHandler<N extends HttpRouteName> = (
  request: FastifyRequest<{ Querystring: ParsedQuery<N>; Body: ParsedBody<N> }>,
  reply: FastifyReply,
) => Answer<N> | FastifyReply | Promise<Answer<N> | FastifyReply>;

/**
 * Registers a route of the HTTP contract (`HTTP_API` in packages/protocol) by its name: its method and
 * path, who may call it (the access hook), the schemas that parse its query and body, and the schema
 * its 200 answer is checked against before it leaves. A route cannot be served other than as the
 * contract says, and the OpenAPI document describes what runs.
 */
export const serve = <N extends HttpRouteName>(
  app: FastifyInstance,
  name: N,
  handler: ContractHandler<N>,
): void => {
  const route: HttpRoute = HTTP_API[name];
  app.route({
    method: route.method,
    url: route.path,
    config: { access: route.access },
    schema: {
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
      ...('file' in route.answer ? {} : { response: { 200: route.answer } }),
    },
    // The request's types follow from the contract's schemas, which Fastify applies to it at run time.
    handler: handler as unknown as RouteHandlerMethod,
  });
};
