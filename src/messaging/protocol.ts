import { z } from 'zod/mini';

/**
 * Every message between the extension's contexts, in one place, named by direction and validated
 * on arrival. A message that does not parse is answered with an error, never acted upon.
 */
export const PingRequestSchema = z.object({ type: z.literal('ping') });

export const RequestSchema = z.discriminatedUnion('type', [PingRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;

export const PingResponseSchema = z.object({ ok: z.literal(true), version: z.string(), now: z.number() });

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
