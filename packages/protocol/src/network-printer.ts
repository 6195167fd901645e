import type { NetworkPrinter } from '@queue/engine';
import { z } from 'zod';

/**
 * A kiosk's network receipt printer as the manager sets it (`POST /api/config/devices/printer`): a host
 * name or an IP address without a scheme, the raw-printing port (9100 on most), the roll, the code page,
 * and whether the printer answers the ESC/POS status query (DLE EOT 4).
 */
export const networkPrinterSchema = z.object({
  host: z
    .string()
    .trim()
    .max(253)
    .pipe(z.union([z.hostname(), z.ipv6()])),
  port: z.number().int().min(1).max(65_535),
  paper: z.enum(['80mm', '58mm']),
  codePage: z.enum(['CP866', 'WPC1251']),
  queryStatus: z.boolean(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matchesEngine: Same<z.infer<typeof networkPrinterSchema>, NetworkPrinter> = true;
void matchesEngine;
