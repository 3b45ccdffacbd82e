// How long a person waits on the map: from an input event until the frame that shows its result,
// as the Event Timing API reports it (the figure behind Interaction to Next Paint). An interaction
// is all the events of one press (pointer down, up and click; key down, press and up) and lasts
// as long as the longest of them. Chromium rounds durations to 8 ms and reports only those of
// 16 ms or more, so an interaction it leaves out counts as 16: "a frame or less".
const FLOOR_MS = 16;

async function observe(page) {
  await page.evaluate(() => {
    window.__interactions = new Map();
    window.__interactionObserver?.disconnect();
    window.__interactionObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        const longest = window.__interactions.get(entry.interactionId) ?? 0;
        window.__interactions.set(entry.interactionId, Math.max(longest, entry.duration));
      }
    });
    window.__interactionObserver.observe({ type: "event", durationThreshold: 16 });
  });
}

/** The durations of the last `count` interactions, once their entries have arrived. */
async function collect(page, count) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150))));
  const seen = await page.evaluate(() => [...window.__interactions.values()]);
  return [...seen, ...Array(Math.max(0, count - seen.length)).fill(FLOOR_MS)].slice(-count);
}

/** Clicks each of several cards in view, `rounds` times over: each click selects another card. */
export async function cardSelections(page, rounds = 2) {
  const points = await page.evaluate(() => {
    const pane = document.querySelector(".react-flow").getBoundingClientRect();
    return [...document.querySelectorAll(".react-flow__node:not([data-id*=':'])")]
      .map((node) => node.getBoundingClientRect())
      .filter(
        (r) =>
          r.width > 8 &&
          r.left > pane.left + 40 &&
          r.top > pane.top + 40 &&
          r.right < pane.right - 360 &&
          r.bottom < pane.bottom - 100,
      )
      .map((r) => ({ x: r.left + 20, y: r.top + 12 }))
      .slice(0, 6);
  });
  if (points.length < 2) throw new Error("Fewer than two cards in view to select");
  const durations = [];
  for (let round = 0; round < rounds; round++) {
    for (const point of points) {
      await observe(page);
      await page.mouse.click(point.x, point.y);
      durations.push(...(await collect(page, 1)));
    }
  }
  return durations;
}

/** Types `keys` letters, one every 120 ms, at the end of the selected card's title. */
export async function titleKeystrokes(page, keys = 20) {
  await page
    .getByRole("textbox", { name: /^Title/ })
    .first()
    .click();
  await page.keyboard.press("End");
  await observe(page);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type("x");
    await page.waitForTimeout(120);
  }
  return collect(page, keys);
}
