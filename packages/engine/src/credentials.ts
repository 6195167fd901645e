import { type Decider, isBlank } from './decision.js';
import { refuse } from './refusal.js';

/**
 * The record of credential changes. The secrets themselves (PIN hashes, device token hashes) stay in
 * the server's file; the log says who reset or issued what and when, so an audit can follow it
 * (001 §7.2.4: every decision traceable to a person).
 */

export const decideResetPin: Decider<'staff.resetPin'> = (state, command, { actor }) => {
  if (actor.kind !== 'staff') return refuse('not_permitted');
  if (!state.config.staff.some((s) => s.id === command.staffId)) {
    return refuse('unknown_staff', { staffId: command.staffId });
  }
  return [{ type: 'staff.pinReset', staffId: command.staffId }];
};

export const decideRegisterDevice: Decider<'device.register'> = (_state, command, { actor }) => {
  if (actor.kind !== 'staff') return refuse('not_permitted');
  if (isBlank(command.label)) return refuse('reason_required', { field: 'label' });
  return [
    {
      type: 'device.registered',
      deviceId: command.deviceId,
      role: command.role,
      label: command.label.trim(),
    },
  ];
};

export const decideRevokeDevice: Decider<'device.revoke'> = (_state, command, { actor }) => {
  if (actor.kind !== 'staff') return refuse('not_permitted');
  return [{ type: 'device.revoked', deviceId: command.deviceId }];
};

/**
 * Not a secret, but kept beside the device's token in the server's file (the office state knows no
 * devices); the log records who set which printer, so a kiosk that stops printing can be traced to it.
 */
export const decideSetPrinter: Decider<'device.setPrinter'> = (_state, command, { actor }) => {
  if (actor.kind !== 'staff') return refuse('not_permitted');
  return [
    {
      type: 'device.printerSet',
      deviceId: command.deviceId,
      printer: command.printer === null ? null : { ...command.printer },
    },
  ];
};
