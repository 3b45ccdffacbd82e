// Main-thread work per frame, from a Chromium trace. Frame intervals are quantised to the display
// (a frame that takes 3 ms and one that takes 15 ms both show 16.7), so they cannot show headroom;
// the work the renderer's main thread did for each frame can. The trace's AnimationFrame events
// are what the Long Animation Frames API reports, without its 50 ms threshold.
// The lightest categories that hold both: "toplevel" has the main thread's tasks, and
// "devtools.timeline" the AnimationFrame::Render that ends each frame.
const CATEGORIES = ["devtools.timeline", "toplevel"];
const TASK = "ThreadControllerImpl::RunTask";

/**
 * Runs `action` while tracing and returns, for each frame the page rendered, the milliseconds of
 * top-level tasks its main thread ran since the previous frame was rendered (this frame's render
 * included): `work` counts the thread's own time in them (the trace's thread clock), `wall` the
 * time from each task's start to its end. They differ when the operating system gives the core to
 * another process mid-task: on a 2-core machine that also runs the browser's other processes and
 * the benchmark's driver, a 6 ms task often spans 9. `work` is what the page asks of the main
 * thread; `wall` is reported beside it.
 */
export async function mainThreadWorkPerFrame(browser, page, action) {
  await browser.startTracing(page, { categories: CATEGORIES });
  await action();
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  return workPerFrame(trace.traceEvents ?? trace);
}

export function workPerFrame(events) {
  const threadNames = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  // The page's main thread is the renderer main thread that was busiest while tracing.
  const busy = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === TASK && e.ph === "X" && threadNames.get(thread) === "CrRendererMain")
      busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error("The trace has no renderer main thread");
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = onMain.filter((e) => e.name === TASK && e.ph === "X").sort((a, b) => a.ts - b.ts);
  const rendered = onMain
    .filter((e) => e.name === "AnimationFrame::Render" && e.ph === "e")
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  // Chromium leaves out a thread time of zero (seen on tasks of 1 to 2 us); a longer task
  // without one means the trace carries no thread clock, and `work` would read nothing.
  if (tasks.some((e) => e.tdur === undefined && e.dur > 100))
    throw new Error("The trace's tasks carry no thread time (tdur)");
  const work = [];
  const wall = [];
  let next = 0;
  while (next < tasks.length && tasks[next].ts < rendered[0]) next++;
  for (let f = 1; f < rendered.length; f++) {
    let thread = 0;
    let elapsed = 0;
    for (; next < tasks.length && tasks[next].ts < rendered[f]; next++) {
      thread += tasks[next].tdur ?? 0;
      elapsed += tasks[next].dur;
    }
    work.push(thread / 1000);
    wall.push(elapsed / 1000);
  }
  if (work.length < 10) throw new Error(`Only ${work.length} frames were rendered while tracing`);
  return { work, wall };
}
