import { deviceOf } from '../http/access-hook.js';
import { serve } from '../http/contract-route.js';
import { HttpError } from '../http/http-error.js';
import type { OfficeRoutes } from '../http/office-deps.js';

/**
 * The networked call button at the entrance (004 §6.7.5–6.7.6): a plain POST with the button's device
 * token raises «У входа ждут помощи». A button pressed again while its call is open changes nothing.
 */
export const doorRoutes: OfficeRoutes = async (app) => {
  const { gateway } = app.office;
  serve(app, 'doorCall', (request) => {
    const doorId = deviceOf(request);
    const response = gateway.forDoor(doorId, { kind: 'device', deviceId: doorId, role: 'door' });
    if (!response.ok) throw new HttpError(response.error.code, response.error.details);
    return { ok: true as const, seq: response.result.seq };
  });
};
