import type { CommandInput } from '@queue/protocol';

/** A ticket for the cash desk, issued by the administrator (no kiosk rate limit, no printer). */
export const cashTicket: CommandInput = {
  type: 'ticket.issue',
  serviceIds: ['payment'],
  clientType: 'individual',
  priority: null,
  source: 'administrator',
};
