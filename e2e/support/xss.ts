import type { Page } from "@playwright/test";

/**
 * Hostile text: each payload sets window.__xss to its number if it ever runs. They arrive as card
 * titles, pain points, notes, persona names and inside imported files; none may execute, and
 * each must show exactly as typed.
 */
export const XSS_PAYLOADS: string[] = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  "<svg><script>window.__xss=4</script></svg>",
  "javascript:window.__xss=5",
  '<a href="javascript:window.__xss=6">click me</a>',
  '"><img src=x onerror=window.__xss=7>',
  "'-window.__xss=8-'",
  '<iframe src="javascript:window.__xss=9"></iframe>',
  "<body onload=window.__xss=10>",
  "<details open ontoggle=window.__xss=11>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=12>",
  "<style>@import 'javascript:window.__xss=13'</style>",
  '<object data="javascript:window.__xss=14"></object>',
  '<embed src="javascript:window.__xss=15">',
  "<input autofocus onfocus=window.__xss=16>",
  '<video><source onerror="window.__xss=17"></video>',
  "<audio src=x onerror=window.__xss=18>",
  "<marquee onstart=window.__xss=19>",
  "{{constructor.constructor('window.__xss=20')()}}",
  "${window.__xss=21}",
  '<svg><a xlink:href="javascript:window.__xss=22"><text>x</text></a></svg>',
  "<svg><animate onbegin=window.__xss=23 attributeName=x dur=1s>",
  "<svg><foreignObject><img src=x onerror=window.__xss=24></foreignObject></svg>",
  '<form action="javascript:window.__xss=25"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=26">',
  '<base href="javascript:window.__xss=27//">',
  "data:text/html,<script>window.__xss=28</script>",
  "\u202egnp.exe — right-to-left override",
  "\u202bembedded <b>bold</b> \u202c text",
  "&lt;img src=x onerror=window.__xss=31&gt;",
  '<!--<img src="--><img src=x onerror=window.__xss=32//">',
  '"><svg/onload=window.__xss=33>',
  "<img src=x:1 onerror=eval('window.__xss=34')>",
  "</textarea><script>window.__xss=35</script>",
];

/** Listens, before the app loads, for script running where it must not, and CSP reports. */
export async function watchForScript(
  page: Page,
): Promise<() => Promise<{ ran: unknown; violations: string[]; dialogs: number }>> {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      w.__violations.push(
        `${event.violatedDirective}: ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  return async () => {
    const state = await page.evaluate(() => {
      const w = window as unknown as { __xss?: unknown; __violations: string[] };
      return { ran: w.__xss, violations: w.__violations };
    });
    return { ...state, dialogs };
  };
}

/**
 * Waits, without a fixed delay, until a payload that slipped into the page would have had its
 * chance: a broken picture fetched from this server has failed (as `<img src=x onerror>` needs),
 * and two frames have been drawn (for onload, ontoggle, autofocus and animation handlers).
 */
export async function letPayloadsFire(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise<void>((resolve) => {
      const probe = new Image();
      probe.onload = probe.onerror = () => resolve();
      // A file the app serves: a round trip to its server, after which any request a payload
      // queued would have gone out too.
      probe.src = `/favicon.svg?probe=${Date.now()}`;
    });
    for (let frame = 0; frame < 2; frame++)
      await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}
