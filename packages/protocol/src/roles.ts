import type { CommandType, DeviceRole, Role } from '@queue/engine';

export type PrincipalRole = Role | DeviceRole;

/**
 * Who may send which command (DESIGN §4). The engine adds the window-level rule (an operator acts only
 * at their own window); this table is the role-level gate the server checks first.
 */
export const COMMAND_ROLES: Record<CommandType, readonly PrincipalRole[]> = {
  'ticket.issue': ['kiosk', 'administrator'],
  'ticket.callNext': ['operator', 'reserve', 'administrator'],
  'ticket.call': ['operator', 'reserve', 'administrator'],
  'ticket.recall': ['operator', 'reserve', 'administrator'],
  'ticket.start': ['operator', 'reserve', 'administrator'],
  'ticket.finish': ['operator', 'reserve', 'administrator'],
  'ticket.noShow': ['operator', 'reserve', 'administrator'],
  'ticket.transfer': ['operator', 'reserve', 'administrator'],
  'ticket.postpone': ['operator', 'reserve', 'administrator'],
  'ticket.return': ['operator', 'reserve', 'administrator'],
  'ticket.cancel': ['administrator'],
  'ticket.printResult': ['kiosk', 'administrator'],
  'window.open': ['operator', 'reserve', 'administrator'],
  'window.pause': ['operator', 'reserve', 'administrator'],
  'window.resume': ['operator', 'reserve', 'administrator'],
  'window.close': ['operator', 'reserve', 'administrator'],
  'window.setServices': ['administrator', 'manager'],
  'staff.login': ['operator', 'reserve', 'administrator', 'manager'],
  'staff.logout': ['operator', 'reserve', 'administrator', 'manager'],
  'alarm.acknowledge': ['administrator', 'manager'],
  'manager.call': ['operator', 'reserve', 'administrator'],
  // Whoever is in the hall or the back office may go to the door; the acceptance names them.
  'door.accept': ['operator', 'reserve', 'administrator', 'manager'],
  'overload.accept': ['reserve', 'administrator'],
  'appointment.book': ['administrator', 'manager', 'integration'],
  'appointment.cancel': ['administrator', 'manager', 'integration'],
  'appointment.checkIn': ['kiosk', 'administrator'],
  'appointment.reschedule': ['kiosk', 'administrator', 'manager', 'integration'],
  'device.printerStatus': ['kiosk'],
  'config.replace': ['manager'],
  // The server records these itself after storing the PIN hash or device token (configuration API);
  // a client sending them would record a credential change that never happened.
  'staff.resetPin': [],
  'device.register': [],
  'device.revoke': [],
  'device.setPrinter': [],
  // Sent by the server for the ticket whose phone-page token the visitor holds (issue 18), never by a
  // client: a staff member moves a ticket with `ticket.postpone` and `ticket.return`.
  'ticket.stepOut': [],
  'ticket.stepIn': [],
  // The screen by a window (a kiosk in feedback mode) rates the visit that ended there; the phone page's
  // rating is sent by the server for the page's own ticket. A kiosk never names a ticket (the gateway
  // clears it).
  'visit.feedback': ['kiosk'],
  // Sent by the server for a door button: the networked one's own route (POST /api/door/call names the
  // door by its device token) or a press on the call-button line.
  'door.call': [],
  // «Закрыть день» on the administrator's board.
  'day.end': ['administrator'],
  // The server's own clock; no client may send it.
  'clock.tick': [],
};

export const mayCommand = (roles: readonly PrincipalRole[], type: CommandType): boolean =>
  COMMAND_ROLES[type].some((role) => roles.includes(role));
