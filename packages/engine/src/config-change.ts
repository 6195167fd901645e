import type { ConfigProblem } from './config-problem.js';
import { configProblems } from './config-validation.js';
import { type Decider, isBlank } from './decision.js';
import type { OfficeConfig, OfficeState } from './model.js';
import { refuse } from './refusal.js';

const ACTIVE = new Set(['waiting', 'called', 'serving', 'postponed']);

/**
 * What a new configuration may not take away from the live office: a window someone works at, or a
 * topic people are queuing for (000, 002: everyone who queued is served). Such a topic can be disabled,
 * which stops new tickets and keeps the queue.
 */
export const configInUseProblems = (state: OfficeState, next: OfficeConfig): ConfigProblem[] => {
  const problems: ConfigProblem[] = [];
  const windowIds = new Set(next.windows.map((w) => w.id));
  for (const window of Object.values(state.windows)) {
    if (window.status !== 'closed' && !windowIds.has(window.id)) {
      problems.push({ code: 'window_open_on_removal', windowId: window.id });
    }
  }
  const serviceIds = new Set(next.services.map((s) => s.id));
  const queued = new Set<string>();
  for (const ticket of Object.values(state.tickets)) {
    if (!ACTIVE.has(ticket.state)) continue;
    for (const id of ticket.serviceIds.slice(ticket.serviceIndex)) queued.add(id);
  }
  for (const id of queued) {
    if (!serviceIds.has(id)) problems.push({ code: 'service_queued_on_removal', serviceId: id });
  }
  return problems;
};

/** A configuration change takes effect at once and is recorded with who made it and why. */
export const decideReplaceConfig: Decider<'config.replace'> = (state, command) => {
  if (isBlank(command.reason)) return refuse('reason_required');
  const problems = [...configProblems(command.config), ...configInUseProblems(state, command.config)];
  if (problems.length > 0) return refuse('invalid_config', { problems });
  return [{ type: 'config.replaced', config: command.config, reason: command.reason.trim() }];
};
