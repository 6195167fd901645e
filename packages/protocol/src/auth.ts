import { z } from 'zod';
import { roleSchema } from './config-schema.js';

export const loginSchema = z.object({
  login: z.string().trim().min(1).max(64),
  pin: z.string().trim().min(4).max(32),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** Socket.IO handshake: a staff session token from /api/login, or a device token issued for a kiosk or board. */
export const handshakeSchema = z.object({ token: z.string().min(10).max(4096) });

/** `POST /api/login` answers the session token and who signed in. */
export const loginResponseSchema = z.object({
  token: z.string().min(1),
  staff: z.object({
    id: z.string().min(1),
    fullName: z.string(),
    position: z.string(),
    roles: z.array(roleSchema),
    windowId: z.string().nullable(),
  }),
});

export type LoginResponse = z.infer<typeof loginResponseSchema>;
