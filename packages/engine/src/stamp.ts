import { apply } from './apply.js';
import type { EventBody, OfficeEvent } from './events.js';
import type { Actor, OfficeState } from './model.js';

export interface Execution {
  events: OfficeEvent[];
  state: OfficeState;
}

/** Numbers, times and signs event bodies, applying each in turn. */
export const stampEvents = (state: OfficeState, bodies: EventBody[], at: number, actor: Actor): Execution => {
  let current = state;
  const events: OfficeEvent[] = [];
  for (const body of bodies) {
    const event = { ...body, seq: current.seq + 1, at, actor } as OfficeEvent;
    current = apply(current, event);
    events.push(event);
  }
  return { events, state: current };
};

/** Two steps in turn, as one. (Not `then`: a module exporting `then` is a thenable to `await import()`.) */
export const andThen = (first: Execution, next: (state: OfficeState) => Execution): Execution => {
  const second = next(first.state);
  return { events: [...first.events, ...second.events], state: second.state };
};
