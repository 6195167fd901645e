import { MINUTE } from '@queue/engine';
import type { ReserveSession } from './day-outcome.js';
import type { ReserveSettings } from './day-profile.js';
import type { OfficeFloor } from './office-floor.js';
import type { Operators } from './operators.js';

/**
 * The back office's members on call for the hall (002 п.55, 001 §7.1.9). Called, one of them accepts
 * (`acceptMin` after the call; in the product the episode records who), finishes what they were doing,
 * walks to the hall and opens a spare window `responseMin` after the call — even if the queue eased
 * meanwhile: whoever said «I'm coming» comes. After `minStayMin` they go back as soon as whoever runs
 * the staffing rule no longer needs them (`stillNeeded`), checking every five minutes.
 */

type Place = 'backOffice' | 'coming' | 'window';

const RECHECK_MIN = 5;

export class ReserveTeam {
  private readonly members = new Map<string, { place: Place; windowId: string | null; since: number }>();
  private readonly sessions: ReserveSession[] = [];
  private onDuty = false;
  /** Asked after each member's minimum stay: does the hall still need extra staff? */
  stillNeeded: () => boolean = () => false;

  constructor(
    private readonly floor: OfficeFloor,
    private readonly operators: Operators,
    private readonly settings: ReserveSettings,
    at: (time: string) => number,
  ) {
    for (const id of settings.staff) this.members.set(id, { place: 'backOffice', windowId: null, since: 0 });
    floor.schedule(at(settings.from), () => this.arrive());
    floor.schedule(at(settings.to), () => this.goHome());
  }

  get available(): boolean {
    return this.onDuty && [...this.members.values()].some((m) => m.place === 'backOffice');
  }

  /** Members at a window or on their way: the help already given. */
  get engaged(): number {
    return [...this.members.values()].filter((m) => m.place !== 'backOffice').length;
  }

  records(): ReserveSession[] {
    return this.sessions;
  }

  /**
   * «Help needed in the hall», called at `calledAt`: a member in the back office accepts now (with
   * `accept` sent to the engine when the product recorded the call) and opens a window later.
   * Returns whether anyone came.
   */
  answer(calledAt: number, accept?: (staffId: string) => boolean): boolean {
    if (!this.onDuty) return false;
    const staffId = [...this.members].find(([, m]) => m.place === 'backOffice')?.[0];
    if (!staffId) return false;
    if (accept && !accept(staffId)) return false;
    this.members.set(staffId, { place: 'coming', windowId: null, since: this.floor.now });
    const opensAt = Math.max(this.floor.now, calledAt + this.settings.responseMin * MINUTE);
    this.floor.schedule(opensAt, () => this.openWindow(staffId));
    return true;
  }

  private arrive(): void {
    this.onDuty = true;
    for (const staffId of this.members.keys()) {
      this.floor.exec(
        { type: 'staff.login', staffId, mode: 'reserve', windowId: null },
        this.floor.actorOf(staffId),
      );
    }
  }

  private goHome(): void {
    this.onDuty = false;
    for (const [staffId, member] of this.members) {
      if (member.windowId) this.operators.release(member.windowId, 'whenEmpty');
      else this.floor.exec({ type: 'staff.logout', staffId }, this.floor.actorOf(staffId));
    }
  }

  private openWindow(staffId: string): void {
    const windowId = this.settings.windows.find((id) => this.operators.isVacant(id));
    const back = () =>
      this.members.set(staffId, { place: 'backOffice', windowId: null, since: this.floor.now });
    if (!windowId || !this.onDuty) {
      back();
      return;
    }
    const openedAt = this.floor.now;
    const seated = this.operators.seat(windowId, staffId, {
      onLeave: () => {
        this.sessions.push({ staffId, windowId, openedAt, closedAt: this.floor.now });
        back();
        // Back to the back office, still on call for the hall while on duty (001 §7.1.9).
        const actor = this.floor.actorOf(staffId);
        if (this.onDuty)
          this.floor.exec({ type: 'staff.login', staffId, mode: 'reserve', windowId: null }, actor);
        else this.floor.exec({ type: 'staff.logout', staffId }, actor);
      },
    });
    if (!seated) {
      back();
      return;
    }
    this.members.set(staffId, { place: 'window', windowId, since: openedAt });
    this.floor.schedule(openedAt + this.settings.minStayMin * MINUTE, () => this.check(staffId));
  }

  private check(staffId: string): void {
    const windowId = this.members.get(staffId)?.windowId;
    if (!windowId) return;
    if (this.stillNeeded()) {
      this.floor.schedule(this.floor.now + RECHECK_MIN * MINUTE, () => this.check(staffId));
      return;
    }
    this.operators.release(windowId, 'now');
  }
}
