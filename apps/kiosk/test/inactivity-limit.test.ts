import { describe, expect, it } from 'vitest';
import { WARNING_SEC, inactivityLimitSec } from '../src/inactivity-limit.js';

describe('how long a kiosk screen waits for a touch', () => {
  it.each([
    { screen: 'topics', setting: 30, contrast: false, speech: false, limit: 30 },
    { screen: 'topics', setting: 30, contrast: true, speech: false, limit: 60 },
    { screen: 'topics', setting: 30, contrast: false, speech: true, limit: 90 },
    { screen: 'topics', setting: 30, contrast: true, speech: true, limit: 90 },
    { screen: 'ticket', setting: 30, contrast: false, speech: false, limit: 60 },
    { screen: 'ticket', setting: 30, contrast: false, speech: true, limit: 180 },
    // However short the setting, the countdown has a quiet time before it.
    { screen: 'topics', setting: 5, contrast: false, speech: false, limit: WARNING_SEC * 2 },
    { screen: 'ticket', setting: 5, contrast: false, speech: false, limit: 60 },
  ] as const)('$screen, setting $setting s, contrast $contrast, speech $speech: $limit s', (row) => {
    expect(inactivityLimitSec(row.screen, row.setting, row)).toBe(row.limit);
  });
});
