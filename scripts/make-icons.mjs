#!/usr/bin/env node
// Renders the app icons (PNG) from the SVG mark with Chromium. Run once when the mark changes;
// the PNGs are committed, so neither the build nor CI needs this.
import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";

const chromiumExecutable = () =>
  [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((path) => path && existsSync(path));

const mark = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
for (const [name, size, padding] of [
  ["icon-192.png", 192, 0],
  ["icon-512.png", 512, 0],
  // Maskable icons keep their mark inside the central 80% safe zone.
  ["icon-maskable-512.png", 512, 0.12],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - padding * 2));
  await page.setContent(
    `<body style="margin:0;background:${padding ? "#1d4ed8" : "transparent"};display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${mark.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  writeFileSync(
    new URL(`../public/icons/${name}`, import.meta.url),
    await page.screenshot({ omitBackground: !padding }),
  );
}
await browser.close();
