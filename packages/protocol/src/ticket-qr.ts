/**
 * What the optional QR code on a paper ticket holds (public data only, REGULATIONS §8). With the
 * ticket's phone token and an address the phone can reach, the link of the visitor's page on the phone
 * (issue 18): the token travels in the fragment, which a browser never sends in a request line, a log or
 * a Referer. Without them, as before: the office, the number and the moment of issue, for a scanner.
 */
export const ticketQrText = (ticket: {
  officeId: string;
  number: string;
  issuedAt: number;
  phoneToken?: string | null;
  phonePageUrl?: string | null;
}): string =>
  ticket.phoneToken && ticket.phonePageUrl
    ? phonePageLink(ticket.phonePageUrl, ticket.phoneToken)
    : `ticket:${ticket.officeId}:${ticket.number}:${new Date(ticket.issuedAt).toISOString()}`;

/** The phone page of a ticket under the office server's (or a proxy's) address. */
export const phonePageLink = (base: string, token: string): string =>
  `${base.replace(/\/+$/, '')}/visit/#${token}`;
