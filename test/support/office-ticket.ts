import type { TicketSettings } from '@queue/engine';
import type { TestOfficeServer } from './test-office.js';

/**
 * The manager's «Офис и талон» (`OfficeConfig.ticket`) through the real command pipeline: what every
 * kiosk of the office prints. `undefined` returns the office to the product's default ticket.
 */
export const setOfficeTicket = async (office: TestOfficeServer, ticket: TicketSettings | undefined) => {
  const manager = await office.staff('manager', '2222');
  try {
    const { ticket: _previous, ...config } = office.server.runtime.state.config;
    const response = await manager.send({
      type: 'config.replace',
      config: ticket ? { ...config, ticket } : config,
      reason: 'Проверка настроек талона',
    });
    if (!response.ok) throw new Error(`config.replace refused: ${JSON.stringify(response.error)}`);
  } finally {
    manager.close();
  }
};
