import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawingCommitted, whenIdle } from '../src/chart/idle.js';

// The browser's idle callbacks, held: `idle(timeLeft)` runs those requested so far with that much time left.
let held: Array<(deadline: IdleDeadline) => void> = [];
const idle = async (timeLeft: number) => {
  const now = held;
  held = [];
  for (const callback of now) callback({ didTimeout: false, timeRemaining: () => timeLeft });
  await new Promise((resolve) => setTimeout(resolve, 5));
};

beforeEach(() => {
  held = [];
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => held.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('whenIdle: one idle queue for the page', () => {
  it('runs the drawing lane first, then the rest, in order, as many as the idle period has time for', async () => {
    const ran: string[] = [];
    const cancels = [
      whenIdle(() => ran.push('table 1')),
      whenIdle(() => ran.push('draw 1'), { first: true }),
      whenIdle(() => ran.push('table 2')),
      whenIdle(() => ran.push('draw 2'), { first: true }),
    ];
    expect(held).toHaveLength(1);
    await idle(0);
    expect(ran, 'no time left: one task').toEqual(['draw 1']);
    await idle(50);
    expect(ran).toEqual(['draw 1', 'draw 2', 'table 1', 'table 2']);
    cancels.forEach((cancel) => cancel());
  });

  it('is not held up by a task whose promise never settles', async () => {
    let after = false;
    whenIdle(() => new Promise(() => {}), { first: true });
    whenIdle(() => (after = true));
    await idle(50);
    expect(after).toBe(true);
  });

  it('runs a task that has waited a second even when the browser is never idle, and forgets a cancelled one', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const ran: string[] = [];
    whenIdle(() => ran.push('a'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    whenIdle(() => ran.push('b'));
    cancel();
    clock = 1500;
    await idle(0);
    expect(ran).toEqual(['a', 'b']);
  });

  it('builds data tables only after a frame has painted the last drawing, not in the idle time before that paint', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const ran: string[] = [];
    whenIdle(
      () => {
        ran.push('draw');
        drawingCommitted();
      },
      { first: true },
    );
    whenIdle(() => ran.push('table'));
    await idle(50);
    expect(ran, 'the table waits though the idle period has time').toEqual(['draw']);
    expect(held, 'and no idle callback is asked for until the paint').toHaveLength(0);
    frames.splice(0).forEach((frame) => frame(0));
    expect(held, 'an idle callback asked for in the frame, to come after its paint').toHaveLength(1);
    await idle(50);
    expect(ran).toEqual(['draw', 'table']);
  });

  it('where no frame comes (a hidden frame), the tables go after a wait; a table waiting a second goes at once', async () => {
    const ran: string[] = [];
    drawingCommitted();
    whenIdle(() => ran.push('table'));
    await idle(50);
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await idle(50);
    expect(ran, 'after the wait for a frame').toEqual(['table']);

    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    drawingCommitted();
    whenIdle(() => ran.push('overdue'));
    await idle(50);
    expect(ran).toEqual(['table']);
    clock += 1500;
    whenIdle(() => ran.push('late'), { first: true });
    await idle(0);
    expect(ran, 'a task waiting a second does not wait for the paint').toEqual(['table', 'late', 'overdue']);
  });
});
