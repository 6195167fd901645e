import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANNOUNCE_SETTINGS,
  resolveAnnounceSettings,
  serialiseAnnounceSettings,
} from '../src/hall/announce-settings';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('announcement settings', () => {
  it('says «Талон {ticket}, {window}» twice by default', () => {
    expect(resolveAnnounceSettings('', null)).toEqual({
      settings: { template: 'Талон {ticket}, {window}', repeat: 2 },
      fromUrl: { template: false, repeat: false },
    });
  });

  it('takes the template and the repeat count from the address, over the stored ones', () => {
    const stored = serialiseAnnounceSettings({ template: 'Номер {ticket}, {window}', repeat: 1 });
    const resolved = resolveAnnounceSettings(
      query({ template: 'Приглашается талон {ticket}, {window}', repeat: '3' }),
      stored,
    );
    expect(resolved.settings).toEqual({ template: 'Приглашается талон {ticket}, {window}', repeat: 3 });
    expect(resolved.fromUrl).toEqual({ template: true, repeat: true });
  });

  it('uses the stored settings of the panel when the address has none', () => {
    const stored = serialiseAnnounceSettings({ template: 'Номер {ticket}, {window}', repeat: 1 });
    expect(resolveAnnounceSettings('', stored).settings).toEqual({
      template: 'Номер {ticket}, {window}',
      repeat: 1,
    });
  });

  it('ignores a template with imperative wording or without the window, and a repeat out of range', () => {
    const resolved = resolveAnnounceSettings(
      query({ template: 'Талон {ticket}, пройдите к {window}', repeat: '7' }),
      serialiseAnnounceSettings({ template: 'Талон {ticket}', repeat: 0 }),
    );
    expect(resolved.settings).toEqual(DEFAULT_ANNOUNCE_SETTINGS);
    expect(resolved.fromUrl).toEqual({ template: false, repeat: false });
  });

  it('survives broken stored data', () => {
    expect(resolveAnnounceSettings('', '{not json').settings).toEqual(DEFAULT_ANNOUNCE_SETTINGS);
    expect(resolveAnnounceSettings('', '[1,2]').settings).toEqual(DEFAULT_ANNOUNCE_SETTINGS);
  });
});
