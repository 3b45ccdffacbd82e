// Driving the real app build in the benchmarks, as a person would (no test hooks).
export async function openApp(page, baseURL, hash = "#/") {
  await page.goto(`${baseURL}/${hash}`);
  await page.waitForFunction(
    () =>
      document.querySelector("[data-save-state]")?.getAttribute("data-save-state") !== "loading",
  );
}

/** Chooses a Waymark file in the main menu's Import item, as a person does. */
export async function chooseFile(page, text, name = "bench.waymark.json") {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Main menu" }).click();
  await page.getByRole("menuitem", { name: /Import a Waymark file/ }).click();
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** Waits until everything the app holds is stored (the save indicator says Saved). */
export async function waitSaved(page, timeout = 60_000) {
  await page.waitForFunction(
    () => document.querySelector("[data-save-state]")?.getAttribute("data-save-state") === "saved",
    null,
    { timeout },
  );
}

export async function importJourneyFile(page, file) {
  await chooseFile(page, JSON.stringify(file));
  await page.waitForURL(new RegExp(`#/journey/${file.journeys[0].id}$`));
  await waitSaved(page);
}

/** Frame intervals (ms) measured with requestAnimationFrame while `action` runs. */
export async function frameTimes(page, action) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    window.__recording = true;
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  await action();
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

/** Loads `url` afresh and resolves to when the page set the performance mark `name` (ms). */
export async function loadUntilMark(page, url, name) {
  await page.goto("about:blank");
  await page.goto(url);
  return page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const check = () => {
          const mark = performance.getEntriesByName(name)[0];
          if (mark) resolve(mark.startTime);
          else setTimeout(check, 20);
        };
        check();
      }),
    name,
  );
}
