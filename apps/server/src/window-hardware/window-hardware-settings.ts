import { z } from 'zod';

/**
 * Where the window hardware hangs (DESIGN §6): one serial line for the LED displays above the windows,
 * one for the "call next" buttons at the desks. Both are off unless their port is set, so an office
 * without the devices — and every developer machine — starts without touching a serial port.
 */
const baudRate = z.coerce.number().int().min(300).max(921_600);

const envSchema = z.object({
  LED_SERIAL_PORT: z.string().trim().min(1).optional(),
  LED_BAUD_RATE: baudRate.default(9600),
  CALL_BUTTON_SERIAL_PORT: z.string().trim().min(1).optional(),
  CALL_BUTTON_BAUD_RATE: baudRate.default(9600),
  CALL_BUTTON_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(1500),
  // The entrance's call buttons on the same line (004 §6.7.5): their addresses, comma-separated.
  DOOR_BUTTON_ADDRESSES: z
    .string()
    .regex(/^\s*\d{1,2}\s*(,\s*\d{1,2}\s*)*$/, 'addresses 1–99, comma-separated')
    .transform((text) => text.split(',').map((part) => Number(part.trim())))
    .refine((list) => list.every((a) => a >= 1 && a <= 99), 'addresses 1–99')
    .optional(),
});

export interface SerialLineSettings {
  path: string;
  baudRate: number;
}

export interface WindowHardwareSettings {
  led: SerialLineSettings | null;
  buttons: (SerialLineSettings & { debounceMs: number; doorAddresses: number[] }) | null;
}

/** Reads the settings from the environment; throws with every problem listed when a value is wrong. */
export const windowHardwareSettings = (env: Record<string, string | undefined>): WindowHardwareSettings => {
  // An empty variable (LED_SERIAL_PORT= in a unit file) means "not set", not "a port called ''".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`window hardware settings: ${problems}`);
  }
  const s = parsed.data;
  return {
    led: s.LED_SERIAL_PORT ? { path: s.LED_SERIAL_PORT, baudRate: s.LED_BAUD_RATE } : null,
    buttons: s.CALL_BUTTON_SERIAL_PORT
      ? {
          path: s.CALL_BUTTON_SERIAL_PORT,
          baudRate: s.CALL_BUTTON_BAUD_RATE,
          debounceMs: s.CALL_BUTTON_DEBOUNCE_MS,
          doorAddresses: s.DOOR_BUTTON_ADDRESSES ?? [],
        }
      : null,
  };
};
