import { describe, expect, it } from 'vitest';
import { type AnnouncerCall, type AnnouncerOptions, createAnnouncer } from '../src/announce';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A fake loudspeaker: chime and speech take real (short) time, everything heard is logged in order, and
 * any sound that starts while another is still playing is counted as an overlap.
 */
function fakeHall(failures: { speak?: (text: string) => boolean; chime?: () => boolean } = {}) {
  const heard: string[] = [];
  let playing = 0;
  let overlaps = 0;
  async function sound(name: string, fails: boolean): Promise<void> {
    playing += 1;
    if (playing > 1) overlaps += 1;
    heard.push(name);
    await delay(1 + (heard.length % 3));
    playing -= 1;
    if (fails) throw new Error(`${name} failed`);
  }
  const errors: string[] = [];
  const options: AnnouncerOptions = {
    speak: (text) => sound(`speak ${text}`, failures.speak?.(text) ?? false),
    chime: () => sound('chime', failures.chime?.() ?? false),
    repeat: 1,
    gapMs: 0,
    textFor: (call) => call.ticketNumber,
    onError: (error, call) => errors.push(`${call.id}: ${(error as Error).message}`),
    wait: async (ms) => {
      heard.push(`gap ${ms}`);
      await delay(0);
    },
  };
  return {
    options,
    heard: () => heard.filter((entry) => !entry.startsWith('gap')),
    heardWithGaps: () => heard,
    overlaps: () => overlaps,
    errors,
  };
}

const call = (id: string, ticketNumber: string): AnnouncerCall => ({
  id,
  ticketNumber,
  window: { label: 'Окно 1' },
});

describe('createAnnouncer', () => {
  it('plays the chime once, then the text `repeat` times, with a gap between and after', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({ ...hall.options, repeat: 3, gapMs: 700 });
    await announcer.announce(call('c1', 'А1'));
    expect(hall.heardWithGaps()).toEqual([
      'chime',
      'speak А1',
      'gap 700',
      'speak А1',
      'gap 700',
      'speak А1',
      'gap 700',
    ]);
  });

  it('announces calls made in the same instant one after another, first come first announced', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({ ...hall.options, repeat: 2 });
    const tickets = ['А1', 'Б2', 'В3', 'Г4', 'Д5'];
    for (const [index, ticket] of tickets.entries()) void announcer.announce(call(`c${index}`, ticket));
    expect(announcer.pending).toBe(4);
    await announcer.whenIdle();
    expect(hall.heard()).toEqual(
      tickets.flatMap((ticket) => ['chime', `speak ${ticket}`, `speak ${ticket}`]),
    );
    expect(hall.overlaps()).toBe(0);
    expect(announcer.pending).toBe(0);
  });

  it('holds a call made during an announcement until that announcement has finished', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({ ...hall.options, repeat: 2 });
    void announcer.announce(call('c1', 'А1'));
    await delay(2);
    void announcer.announce(call('c2', 'Б2'));
    await delay(1);
    void announcer.announce(call('c3', 'В3'));
    await announcer.whenIdle();
    expect(hall.heard()).toEqual([
      'chime',
      'speak А1',
      'speak А1',
      'chime',
      'speak Б2',
      'speak Б2',
      'chime',
      'speak В3',
      'speak В3',
    ]);
    expect(hall.overlaps()).toBe(0);
  });

  it('settles the promise of a call only after its last repetition', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({ ...hall.options, repeat: 2 });
    const first = announcer.announce(call('c1', 'А1'));
    void announcer.announce(call('c2', 'Б2'));
    await first;
    // The next call's chime may already have begun; its speech has not.
    expect(hall.heard().slice(0, 3)).toEqual(['chime', 'speak А1', 'speak А1']);
    expect(hall.heard()).not.toContain('speak Б2');
  });

  it('announces a recall of the same ticket again', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer(hall.options);
    await announcer.announce(call('c1', 'А1'));
    await announcer.announce(call('c1-recall-1', 'А1'));
    expect(hall.heard()).toEqual(['chime', 'speak А1', 'chime', 'speak А1']);
  });

  it('announces the same call id only once, while queued or after a replay', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer(hall.options);
    const first = announcer.announce(call('c1', 'А1'));
    void announcer.announce(call('c2', 'Б2'));
    const duplicate = announcer.announce(call('c2', 'Б2'));
    expect(announcer.pending).toBe(1);
    await announcer.whenIdle();
    await announcer.announce(call('c1', 'А1'));
    await announcer.whenIdle();
    expect(hall.heard()).toEqual(['chime', 'speak А1', 'chime', 'speak Б2']);
    expect(announcer.announce(call('c1', 'А1'))).toBe(first);
    await expect(duplicate).resolves.toBeUndefined();
  });

  it('keeps chiming and announcing the next calls when speech fails', async () => {
    const hall = fakeHall({ speak: (text) => text === 'speak-fails' || text === 'Б2' });
    const announcer = createAnnouncer({ ...hall.options, repeat: 3 });
    void announcer.announce(call('c1', 'А1'));
    const failing = announcer.announce(call('c2', 'Б2'));
    void announcer.announce(call('c3', 'В3'));
    await expect(failing).resolves.toBeUndefined();
    await announcer.whenIdle();
    // The failed call gets its chime and one attempt; the remaining repetitions are skipped.
    expect(hall.heard()).toEqual([
      'chime',
      'speak А1',
      'speak А1',
      'speak А1',
      'chime',
      'speak Б2',
      'chime',
      'speak В3',
      'speak В3',
      'speak В3',
    ]);
    expect(hall.errors).toEqual(['c2: speak Б2 failed']);
    expect(hall.overlaps()).toBe(0);
  });

  it('chimes for every call where no speech is available at all', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({
      ...hall.options,
      speak: () => Promise.reject(new Error('speechSynthesis is not available')),
    });
    for (const id of ['c1', 'c2', 'c3']) void announcer.announce(call(id, 'А1'));
    await announcer.whenIdle();
    expect(hall.heard()).toEqual(['chime', 'chime', 'chime']);
    expect(hall.errors).toHaveLength(3);
  });

  it('still speaks when the chime fails', async () => {
    const hall = fakeHall({ chime: () => true });
    const announcer = createAnnouncer(hall.options);
    await announcer.announce(call('c1', 'А1'));
    await announcer.announce(call('c2', 'Б2'));
    expect(hall.heard()).toEqual(['chime', 'speak А1', 'chime', 'speak Б2']);
    expect(hall.errors).toEqual(['c1: chime failed', 'c2: chime failed']);
  });

  it('carries on when the error hook itself throws', async () => {
    const hall = fakeHall({ speak: () => true });
    const announcer = createAnnouncer({
      ...hall.options,
      onError: () => {
        throw new Error('diagnostics broken');
      },
    });
    void announcer.announce(call('c1', 'А1'));
    await announcer.announce(call('c2', 'Б2'));
    expect(hall.heard()).toEqual(['chime', 'speak А1', 'chime', 'speak Б2']);
  });

  it('says every call at least once even when `repeat` is set to 0', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer({ ...hall.options, repeat: 0 });
    await announcer.announce(call('c1', 'А1'));
    expect(hall.heard()).toEqual(['chime', 'speak А1']);
  });

  it('speaks the announcement text by default', async () => {
    const spoken: string[] = [];
    const announcer = createAnnouncer({
      speak: async (text) => {
        spoken.push(text);
      },
      chime: async () => {},
      repeat: 1,
      gapMs: 0,
    });
    await announcer.announce({ id: 'c1', ticketNumber: 'А123', window: { label: 'Окно 5' } });
    await announcer.announce({ id: 'c2', ticketNumber: 'Б007', window: { label: 'Касса 1' }, locale: 'en' });
    expect(spoken).toEqual(['Талон А сто двадцать три, окно пять', 'Ticket Beh 7, cash desk 1']);
  });

  it('leaves at least `gapMs` of real silence between two announcements', async () => {
    const times: number[] = [];
    const announcer = createAnnouncer({
      speak: async () => {
        times.push(performance.now());
      },
      chime: async () => {},
      repeat: 1,
      gapMs: 40,
    });
    void announcer.announce(call('c1', 'А1'));
    await announcer.announce(call('c2', 'Б2'));
    const [first = 0, second = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(35);
  });

  it('is idle from the start and after the queue has drained', async () => {
    const hall = fakeHall();
    const announcer = createAnnouncer(hall.options);
    await expect(announcer.whenIdle()).resolves.toBeUndefined();
    void announcer.announce(call('c1', 'А1'));
    await announcer.whenIdle();
    expect(hall.heard()).toEqual(['chime', 'speak А1']);
    void announcer.announce(call('c2', 'Б2'));
    await announcer.whenIdle();
    expect(hall.heard()).toEqual(['chime', 'speak А1', 'chime', 'speak Б2']);
  });
});
