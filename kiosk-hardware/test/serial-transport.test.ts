import { MockBinding } from '@serialport/binding-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTicketEscPos } from '../src/escpos-ticket.js';
import { PAPER_SENSOR_QUERY, PAPER_STATUS_BYTE } from '../src/paper-status.js';
import { printTicket } from '../src/print-ticket.js';
import { serialTransport } from '../src/transports/serial-transport.js';
import { mockSerialLine } from './mock-serial-line.js';
import { options, SAMPLE_PRINT } from './sample-ticket.js';

afterEach(() => {
  MockBinding.reset();
});

describe('serial transport (MockBinding)', () => {
  it('asks DLE EOT 4 first, then sends the ticket, when the printer has paper', async () => {
    const line = mockSerialLine('/dev/ttyPRN0', { answerStatus: PAPER_STATUS_BYTE.ok });
    const transport = serialTransport({ path: '/dev/ttyPRN0', baudRate: 19200, binding: line.binding });
    const result = await printTicket(SAMPLE_PRINT, options(), transport);

    expect(result).toEqual({ status: 'printed' });
    const ticket = renderTicketEscPos(SAMPLE_PRINT, options());
    expect(line.port().recording.equals(Buffer.concat([Buffer.from(PAPER_SENSOR_QUERY), ticket]))).toBe(true);
    expect(line.port().isOpen).toBe(false);
  });

  it('is paper_out when the paper end sensor bits are set, and sends no ticket', async () => {
    const line = mockSerialLine('/dev/ttyPRN1', { answerStatus: PAPER_STATUS_BYTE.paperOut });
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      serialTransport({ path: '/dev/ttyPRN1', binding: line.binding }),
    );
    expect(result.status).toBe('paper_out');
    expect([...line.port().recording]).toEqual([...PAPER_SENSOR_QUERY]);
  });

  it('prints but says so when the paper is near its end', async () => {
    const line = mockSerialLine('/dev/ttyPRN2', { answerStatus: PAPER_STATUS_BYTE.nearEnd });
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      serialTransport({ path: '/dev/ttyPRN2', binding: line.binding }),
    );
    expect(result).toEqual({ status: 'printed', detail: 'paper near end', paperNearEnd: true });
  });

  it('is timed_out when the printer never answers the status query', async () => {
    const line = mockSerialLine('/dev/ttyPRN3');
    const transport = serialTransport({ path: '/dev/ttyPRN3', binding: line.binding, timeoutMs: 100 });
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('timed_out');
  });

  it('is error when the device answers with a byte that is not a status', async () => {
    const line = mockSerialLine('/dev/ttyPRN4', { answerStatus: 0xff });
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      serialTransport({ path: '/dev/ttyPRN4', binding: line.binding }),
    );
    expect(result.status).toBe('error');
  });

  it('sends without asking when status queries are switched off', async () => {
    const line = mockSerialLine('/dev/ttyPRN5');
    const transport = serialTransport({ path: '/dev/ttyPRN5', binding: line.binding, queryStatus: false });
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('printed');
    expect(line.port().recording.equals(renderTicketEscPos(SAMPLE_PRINT, options()))).toBe(true);
  });

  it('is offline when the port does not exist', async () => {
    const line = mockSerialLine('/dev/ttyPRN6');
    const transport = serialTransport({ path: '/dev/ttyUSB9', binding: line.binding });
    const result = await printTicket(SAMPLE_PRINT, options(), transport);
    expect(result.status).toBe('offline');
    expect(result.detail).toMatch(/does not exist/);
  });

  it('opens the line afresh for each ticket', async () => {
    const line = mockSerialLine('/dev/ttyPRN7', { answerStatus: PAPER_STATUS_BYTE.ok });
    const transport = serialTransport({ path: '/dev/ttyPRN7', binding: line.binding });
    await printTicket(SAMPLE_PRINT, options(), transport);
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('printed');
    expect(line.opened).toHaveLength(2);
  });
});
