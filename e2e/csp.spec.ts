import type { APIRequestContext } from "@playwright/test";
import { expect, openApp, test } from "./support/fixtures";
import { watchForScript } from "./support/xss";

/**
 * The built app's Content-Security-Policy is the backstop behind escaping: if a payload ever
 * became markup, the browser would still refuse to run it. These tests read the policy the
 * server really hands out, so it cannot be loosened (or dropped) without a test saying so.
 */

/** The served index.html, the policy in its meta tag, and where that tag sits. */
async function servedPolicy(request: APIRequestContext) {
  const response = await request.get("/");
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  expect(metas, "one Content-Security-Policy meta tag").toHaveLength(1);
  const meta = metas[0]!;
  const content = /content="([^"]*)"/i.exec(meta[0])?.[1] ?? "";
  const directives = new Map<string, string[]>();
  for (const part of content.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { html, directives, metaAt: meta.index };
}

/** What a script source may be: this origin only. */
const ALLOWED_SCRIPT_SOURCES = new Set(["'self'", "'none'"]);

test.describe("Content-Security-Policy of the built app", () => {
  test("script-src allows this origin only: no inline, no eval, no remote origins", async ({
    request,
  }) => {
    const { directives } = await servedPolicy(request);
    // Without script-src, default-src governs scripts; without either, anything goes.
    const scripts = directives.get("script-src") ?? directives.get("default-src");
    expect(scripts, "script-src or default-src").toBeDefined();
    for (const source of scripts!) {
      expect(source, "script source").not.toMatch(/unsafe-|strict-dynamic|nonce-|sha\d+-/i);
      expect(ALLOWED_SCRIPT_SOURCES, `script source ${source}`).toContain(source);
    }
    expect(scripts).toContain("'self'");
    // The finer directives that would override script-src for attributes or elements.
    for (const name of ["script-src-attr", "script-src-elem"])
      for (const source of directives.get(name) ?? [])
        expect(ALLOWED_SCRIPT_SOURCES, `${name} ${source}`).toContain(source);
    // Nothing at all comes from another origin, and plugins and <base> stay shut. The one way
    // out is a WebSocket, to the room server a person names on a static host's copy.
    for (const [name, sources] of directives)
      for (const source of sources) {
        if (name === "connect-src" && (source === "ws:" || source === "wss:")) continue;
        expect(source, `${name} ${source}`).not.toMatch(/^(https?|wss?):|\.|\*/i);
      }
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(["'self'", "'none'"]).toContain(directives.get("base-uri")?.join(" "));
  });

  test("the policy comes before any script, and the page's scripts are all files from this origin", async ({
    request,
  }) => {
    const { html, metaAt } = await servedPolicy(request);
    // A meta policy only covers what comes after it.
    const head = html.slice(0, html.search(/<\/head>/i));
    expect(metaAt).toBeLessThan(head.search(/<(script|link)\b/i));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim(), "inline script").toBe("");
      expect(attributes).toMatch(/\ssrc="\/[^/]/);
    }
  });

  test("the browser enforces it: eval, inline script and a remote script are refused", async ({
    page,
    consoleErrors,
  }) => {
    const check = await watchForScript(page);
    // A script file from this origin (allowed) that tries eval: code Playwright evaluates itself
    // is exempt from the page's policy, so the attempt has to come from the page's own script.
    await page.route("**/csp-probe.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "try { window.__eval = eval(\"'ran'\"); } catch (error) { window.__eval = error.name; }",
      }),
    );
    await openApp(page);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const load = (script: HTMLScriptElement) =>
        new Promise<string>((resolve) => {
          script.onload = () => resolve("loaded");
          script.onerror = () => resolve("refused");
          document.head.append(script);
        });
      const probe = document.createElement("script");
      probe.src = "/csp-probe.js";
      const probeLoaded = await load(probe);
      const inline = document.createElement("script");
      inline.textContent = "window.__inline = 1";
      document.head.append(inline);
      const remote = document.createElement("script");
      remote.src = "https://example.com/remote.js";
      return {
        probe: probeLoaded,
        eval: w.__eval,
        inline: w.__inline,
        remote: await load(remote),
      };
    });
    expect(outcome).toEqual({
      probe: "loaded",
      eval: "EvalError",
      inline: undefined,
      remote: "refused",
    });
    // Each refusal was the policy's doing, reported as a violation.
    await expect
      .poll(async () => (await check()).violations.map((v) => v.split(":")[0]).sort())
      .toEqual(["script-src", "script-src-elem", "script-src-elem"]);
    // The browser logs refusals as errors: those are the point of the test, anything else fails it.
    for (const error of consoleErrors) expect(error).toMatch(/Content Security Policy/);
    consoleErrors.length = 0;
  });
});
