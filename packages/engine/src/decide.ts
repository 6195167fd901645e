import { decideAcknowledge, decideManagerCall, reconcile } from './alarms.js';
import { decideBook, decideCancelAppointment, decideCheckIn, decideReschedule } from './appointments.js';
import { decideDoorAccept, decideDoorCall } from './door-call.js';
import { decideCallNext, decideCallSpecific, decideNoShow, decideRecall } from './calling.js';
import type { Command } from './commands.js';
import { decideReplaceConfig } from './config-change.js';
import { decideRegisterDevice, decideResetPin, decideRevokeDevice, decideSetPrinter } from './credentials.js';
import { type DeciderTable, type DecisionContext, decideWith } from './decision.js';
import { turnDay } from './day.js';
import { decideEndDay, scheduledDayEnd } from './day-end.js';
import type { EventBody } from './events.js';
import { decideFeedback } from './feedback.js';
import { decideIssue } from './issue.js';
import type { Actor, OfficeState } from './model.js';
import { isRefusal, type Refusal } from './refusal.js';
import {
  decideCancel,
  decideFinish,
  decidePostpone,
  decidePrinterStatus,
  decidePrintResult,
  decideReturn,
  decideStart,
  decideTransfer,
} from './service-flow.js';
import { decideStepIn, decideStepOut } from './step-out.js';
import { type Execution, stampEvents } from './stamp.js';
import { decideAcceptOverload, decideLogin, decideLogout } from './staff.js';
import { decideClose, decideOpen, decidePause, decideResume, decideSetServices } from './windows.js';

const DECIDERS: DeciderTable = {
  'ticket.issue': decideIssue,
  'ticket.callNext': decideCallNext,
  'ticket.call': decideCallSpecific,
  'ticket.recall': decideRecall,
  'ticket.start': decideStart,
  'ticket.finish': decideFinish,
  'ticket.noShow': decideNoShow,
  'ticket.transfer': decideTransfer,
  'ticket.postpone': decidePostpone,
  'ticket.return': decideReturn,
  'ticket.cancel': decideCancel,
  'ticket.stepOut': decideStepOut,
  'ticket.stepIn': decideStepIn,
  'visit.feedback': decideFeedback,
  'ticket.printResult': decidePrintResult,
  'window.open': decideOpen,
  'window.pause': decidePause,
  'window.resume': decideResume,
  'window.close': decideClose,
  'window.setServices': decideSetServices,
  'staff.login': decideLogin,
  'staff.logout': decideLogout,
  'alarm.acknowledge': decideAcknowledge,
  'manager.call': decideManagerCall,
  'door.call': decideDoorCall,
  'door.accept': decideDoorAccept,
  'overload.accept': decideAcceptOverload,
  'appointment.book': decideBook,
  'appointment.cancel': decideCancelAppointment,
  'appointment.checkIn': decideCheckIn,
  'appointment.reschedule': decideReschedule,
  'device.printerStatus': decidePrinterStatus,
  'config.replace': decideReplaceConfig,
  'staff.resetPin': decideResetPin,
  'device.register': decideRegisterDevice,
  'device.revoke': decideRevokeDevice,
  'device.setPrinter': decideSetPrinter,
  'day.end': decideEndDay,
  // The clock tick decides nothing itself; `execute` reconciles alarms and returns after it.
  'clock.tick': () => [],
};

/** `decide(command, state) → events | refusal`: the pure heart of the decider pattern. */
export const decide = (state: OfficeState, command: Command, ctx: DecisionContext): EventBody[] | Refusal =>
  decideWith(DECIDERS, state, command, ctx);

const SYSTEM: Actor = { kind: 'system' };

/**
 * One command, start to end: turn the day over if needed, decide, apply, end the working day if its
 * time has come, then reconcile alarms and overload with the new state. Everything a server stores for
 * a command comes out of here.
 */
export const execute = (state: OfficeState, command: Command, ctx: DecisionContext): Execution | Refusal => {
  const rolled = turnDay(state, ctx.now);
  const decided = decide(rolled.state, command, ctx);
  if (isRefusal(decided)) return decided;
  const acted = stampEvents(rolled.state, decided, ctx.now, ctx.actor);
  const ended = stampEvents(acted.state, scheduledDayEnd(acted.state, ctx.now), ctx.now, SYSTEM);
  const reconciled = stampEvents(ended.state, reconcile(ended.state, ctx.now), ctx.now, SYSTEM);
  return {
    events: [...rolled.events, ...acted.events, ...ended.events, ...reconciled.events],
    state: reconciled.state,
  };
};
