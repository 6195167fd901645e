import { WEEKDAY_HOURS, demoOffice } from '@queue/engine';
import { OfficeDay, staff } from './office-day.js';

/**
 * The day every module test reads (Monday 23.11.2026, Moscow, preset gazprom-tyumen: wait norm 10 min,
 * service norm 5 min in both groups, visit cap 30 min; «Консультация» has its own service norm of 15
 * min). Times are office-local; the comments are the facts the tests compute by hand.
 */
export const DATE = '2026-11-23';
export const OP1 = staff('op1');
export const CASHIER = staff('cashier');

export const handDay = (): OfficeDay => {
  const config = demoOffice({ preset: 'gazprom-tyumen', hours: WEEKDAY_HOURS });
  for (const s of config.services) if (s.id === 'consult') s.serviceNormMin = 15;
  const day = new OfficeDay(config, DATE);

  day.at('09:00').run({ type: 'window.open', windowId: 'w1' }, OP1);
  day.run({ type: 'window.open', windowId: 'k1' }, CASHIER);
  day.issue('consult'); //                         А001 09:00
  day.at('09:02').issue('payment'); //             К001 09:02
  day.at('09:05').callNext('k1', CASHIER); //      К001 waited 3
  day.run({ type: 'ticket.start', windowId: 'k1' }, CASHIER);
  day.callNext('w1', OP1); //                      А001 waited 5
  day.at('09:06').run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day.at('09:10').issue('consult', true); //       А002 09:10, out of turn
  day.at('09:11').run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' }, CASHIER); // К001 service 6
  day.at('09:18').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //   А001 service 12
  day.callNext('w1', OP1); //                      А002 waited 8
  day.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day.at('09:20').issue('readings'); //            П001 09:20
  day.at('09:25').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //   А002 service 7
  day.callNext('w1', OP1); //                      П001 waited 5
  day.at('09:27').run({ type: 'ticket.noShow', windowId: 'w1' }, OP1); // П001 did not come
  day.at('09:30').issue('charges'); //             Р001 09:30
  day.at('09:31').callNext('w1', OP1); //          Р001 waited 1
  day.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day
    .at('09:35')
    .run(
      { type: 'ticket.transfer', windowId: 'w1', toServiceId: 'payment', toWindowId: null, reason: 'оплата' },
      OP1,
    ); //                                            Р001 waits again for the cashier from 09:35
  day.at('09:40').callNext('k1', CASHIER); //      Р001 waited 5 (second wait)
  day.run({ type: 'ticket.start', windowId: 'k1' }, CASHIER);
  day.at('09:42').run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' }, CASHIER); // Р001 service 2
  day.at('10:05').issue('documents'); //           С001 10:05
  day.at('10:08').run({ type: 'ticket.cancel', ticketId: day.ticketId('С001'), reason: 'ушёл' }); // cancelled
  day.at('10:10').issue('consult'); //             А003 10:10
  day.callNext('w1', OP1); //                      А003 waited 0
  day.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day.at('10:12').run({ type: 'ticket.postpone', windowId: 'w1', minutes: 5 }, OP1); // stepped away
  day.at('10:17').run({ type: 'clock.tick' }); //  А003 back in the queue at 10:17
  day.at('10:40').callNext('w1', OP1); //          А003 waited 23 (second wait)
  day.run({ type: 'ticket.start', windowId: 'w1' }, OP1);
  day.at('10:50').run({ type: 'ticket.finish', windowId: 'w1', result: 'resolved' }, OP1); //   А003 service 10
  day.run({ type: 'window.pause', windowId: 'w1', reason: 'обед' }, OP1);
  day.at('11:00').run({ type: 'window.close', windowId: 'w1' }, OP1);
  day.run({ type: 'window.close', windowId: 'k1' }, CASHIER);
  return day;
};
