import { z } from 'zod';

export const loginSchema = z.object({
  login: z.string().trim().min(1).max(64),
  pin: z.string().trim().min(4).max(32),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** Socket.IO handshake: a staff session token from /api/login, or a device token issued for a kiosk or board. */
export const handshakeSchema = z.object({ token: z.string().min(10).max(4096) });

export interface LoginResponse {
  token: string;
  staff: { id: string; fullName: string; position: string; roles: string[]; windowId: string | null };
}
