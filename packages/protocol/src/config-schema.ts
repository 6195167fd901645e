import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.js';

/** The office configuration as it crosses the wire (manager edits, import and export). */

const id = z.string().trim().min(1).max(64);
/**
 * The longest norm or alarm delay, in minutes: a working day. A norm beyond it (`1e308`) would silence
 * every alarm the standards require (issue 13 §5).
 */
export const NORM_MAX_MIN = 600;
const minutes = z.number().positive().max(NORM_MAX_MIN);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const clientType = z.enum(['individual', 'organisation']);
export const roleSchema = z.enum(['operator', 'reserve', 'administrator', 'manager']);
export const presetIdSchema = z.enum([
  'default',
  'gazprom-bryansk',
  'gazprom-tyumen',
  'vostok',
  'rusenergosbyt',
  'belgorod',
]);

export const serviceWeightSchema = z.object({ serviceId: id, weight: z.number().int().min(0).max(100) });

export const serviceSchema = z.object({
  id,
  letter: z.string().regex(/^\p{L}{1,2}$/u),
  title: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().max(200),
  groupId: id,
  category: z.string().trim().min(1).max(100).nullable(),
  clientTypes: z.array(clientType).min(1),
  waitNormMin: minutes.nullable(),
  serviceNormMin: minutes.nullable(),
  enabled: z.boolean(),
});

export const officeConfigSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  timeZone: z.string().min(1),
  hours: z.object({
    byWeekday: z.array(z.object({ open: time, close: time }).nullable()).length(7),
    holidays: z.array(calendarDateSchema),
    workEndsAfterCloseMin: z.number().int().min(0).max(720).nullish(),
  }),
  profile: z.object({
    id: presetIdSchema,
    title: z.string(),
    waitNormMin: minutes,
    serviceNormMin: minutes,
    earlyWarningMin: z.number().min(0).max(NORM_MAX_MIN),
    recallLimit: z.number().int().min(0).max(10),
    noShowAfterSec: z.number().int().min(10).max(600).optional(),
    visitCapMin: minutes.nullable(),
    overload: z.object({
      threshold: z.number().int().min(1).max(100),
      mode: z.enum(['window', 'hall']),
      peakOnly: z.boolean(),
    }),
    peakDays: z.array(
      z.object({ from: z.number().int().min(1).max(31), to: z.number().int().min(1).max(31) }),
    ),
    idleAlarmMin: z.number().min(0).max(NORM_MAX_MIN),
    appointmentLateMin: z.number().min(0).max(240),
    keepOrderOnTransfer: z.boolean(),
  }),
  groups: z.array(
    z.object({
      id,
      title: z.string().min(1),
      waitNormMin: minutes,
      serviceNormMin: minutes,
    }),
  ),
  services: z.array(serviceSchema).min(1),
  windows: z.array(
    z.object({
      id,
      label: z.string().trim().min(1).max(50),
      kind: z.enum(['window', 'cashier', 'office']),
      services: z.array(serviceWeightSchema),
      ledAddress: z.number().int().min(0).max(99).nullable(),
      /** Topics the window's staff can also take on the board's pooling advice. */
      alsoServes: z.array(id).optional(),
    }),
  ),
  staff: z.array(
    z.object({
      id,
      fullName: z.string().trim().min(1).max(200),
      position: z.string().trim().max(200),
      login: z.string().trim().min(1).max(64),
      roles: z.array(roleSchema).min(1),
      windowId: id.nullable(),
    }),
  ),
  appointments: z.object({
    slotMin: z.number().int().min(5).max(240),
    capacityPerSlot: z.number().int().min(1).max(50),
    serviceIds: z.array(id),
    checkInEarlyMin: z.number().int().min(0).max(240),
  }),
  infoLine: z.string().max(300),
  infoLineEn: z.string().max(300).optional(),
  ticket: z
    .object({
      fields: z.object({
        officeName: z.boolean(),
        dateTime: z.boolean(),
        peopleAhead: z.boolean(),
        expectedWait: z.boolean(),
        qr: z.boolean(),
      }),
      text: z.string().trim().max(200).nullable(),
    })
    .optional(),
  phonePage: z
    .object({
      enabled: z.boolean().optional(),
      url: z
        .url({ protocol: /^https?$/ })
        .max(300)
        .nullable(),
      stepOutMaxMin: z.number().int().min(1).max(240),
      stepOutTimes: z.number().int().min(0).max(10),
    })
    .optional(),
  template: z.object({ id: z.number().int().positive(), title: z.string().max(200) }).optional(),
});
