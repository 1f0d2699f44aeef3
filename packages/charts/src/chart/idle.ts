/** An idle task runs within this many ms of being asked for, even on a page that is never idle. */
const IDLE_TIMEOUT = 1000;

/** Work to do when the browser is idle; a promise it returns is awaited before the next task runs. */
type Task = () => unknown;
interface Entry {
  task: Task;
  /** When it must run even if the browser has not been idle (performance.now() time). */
  due: number;
}

/**
 * One queue of idle work for the page, in two lanes: drawing charts that wait (first), then the rest (data tables
 * built ahead of need). One idle callback at a time runs tasks in order for as long as the idle period lasts (at
 * least one task), so a page of many charts does its idle work in a few tasks and frames, not one each.
 */
const lanes: [Set<Entry>, Set<Entry>] = [new Set(), new Set()];
let cancelRun: (() => void) | undefined;

const queued = () => lanes[0].size + lanes[1].size;

/** A drawing was put in the page that no frame has painted yet: the second lane waits for that paint. */
let unpainted = false;
/** Counts the waits for a paint, so a late timer of an earlier wait does not end a later one. */
let paints = 0;

/** How long the second lane waits for a frame where frames do not come (a hidden document or frame). */
const PAINT_WAIT = 500;

/**
 * Says that a chart has just put its drawing in the page. Data tables (the second lane) are then built only after a
 * frame has painted it: in the idle time after the paint, not before it, where they would add their style and layout
 * to the frame that shows the drawing. A task overdue runs anyway.
 */
export function drawingCommitted(): void {
  if (unpainted) return;
  unpainted = true;
  const wait = ++paints;
  const painted = () => {
    if (!unpainted || wait !== paints) return;
    unpainted = false;
    requestRun();
  };
  // An idle callback asked for in a frame's animation callbacks comes after that frame is painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(painted);
  setTimeout(painted, PAINT_WAIT);
}

function requestRun(): void {
  if (cancelRun || !queued()) return;
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => void run(deadline), { timeout: IDLE_TIMEOUT });
    cancelRun = () => cancelIdleCallback(id);
  } else {
    // No idle callback (Safari): a task after a short timeout, one task each.
    const id = setTimeout(() => void run(undefined), 50);
    cancelRun = () => clearTimeout(id);
  }
}

async function run(deadline: IdleDeadline | undefined): Promise<void> {
  cancelRun = undefined;
  let ran = 0;
  for (const lane of lanes)
    for (const entry of lane) {
      const overdue = performance.now() >= entry.due;
      // The second lane after the paint of the last drawing (drawingCommitted asks for a run then).
      if (lane === lanes[1] && unpainted && !overdue) return;
      // After the first task, only while the idle period lasts, or for a task already waiting too long.
      const idleLeft = deadline !== undefined && deadline.timeRemaining() > 0;
      if (ran++ > 0 && !idleLeft && !overdue) return requestRun();
      lane.delete(entry);
      try {
        // What the task started (a chart's update) usually settles in this task's microtasks; one that waits for
        // more (a width, a chunk) must not hold the queue: go on at the next task at the latest.
        await Promise.race([entry.task(), new Promise((resolve) => setTimeout(resolve, 0))]);
      } catch {
        // A task reports its own failures; the queue goes on.
      }
    }
  requestRun();
}

/**
 * Runs `task` when the browser is idle (at the latest IDLE_TIMEOUT ms after it is asked for), or after a short
 * timeout where there is no idle callback. `first`: a task of the drawing lane, run before any other. Returns a
 * function that cancels it.
 */
export function whenIdle(task: Task, options: { first?: boolean } = {}): () => void {
  const lane = lanes[options.first ? 0 : 1];
  const entry: Entry = { task, due: performance.now() + IDLE_TIMEOUT };
  lane.add(entry);
  requestRun();
  return () => {
    lane.delete(entry);
    // Nothing left to do: no idle callback left behind either.
    if (!queued()) {
      cancelRun?.();
      cancelRun = undefined;
    }
  };
}
