/**
 * What the optional QR code on a paper ticket holds: the office, the number and the moment of issue,
 * so a scanner at the window can read the ticket without typing. Public data only (REGULATIONS §8).
 */
export const ticketQrText = (ticket: { officeId: string; number: string; issuedAt: number }): string =>
  `ticket:${ticket.officeId}:${ticket.number}:${new Date(ticket.issuedAt).toISOString()}`;
