import { expect, openApp, test } from "./support/fixtures";
import { buildJourney, importJourney } from "./support/export-journey";
import { bytesOf, download, openExport } from "./support/export";

test.describe("exporting images", () => {
  test("writes an SVG with no script, handler or outside reference whatever the card text", async ({
    page,
    context,
  }) => {
    const hostile = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(2)">',
      '"><svg onload=alert(3)>',
      "]]><script>alert(4)</script><![CDATA[",
      '<a href="javascript:alert(5)">click</a>',
      "<foreignObject><iframe src=//evil.example></iframe></foreignObject>",
    ];
    const data = buildJourney({
      title: '<style>@import url("https://evil.example/x.css");</style>',
      stages: ["<use href='https://evil.example/s.svg#x'/>", "&amp; &#x3c;b&#x3e;"],
      cards: hostile.map((title, i) => ({
        id: `h${i}`,
        kind: i % 2 ? "frictionPoint" : "touchpoint",
        stage: i % 2,
        lane: i % 2 ? "frictionPoints" : "touchpoints",
        title,
        satisfaction: 3,
        painPoints: [{ text: `onmouseover=alert(${i})`, severity: "high" }],
      })),
      persona: {
        name: '<image href="https://evil.example/p.png"/>',
        quote: "xlink:href=javascript:alert(6)",
        goals: ["<script src=//evil.example/g.js></script>"],
      },
    });
    await openApp(page);
    await importJourney(page, data);
    const dialog = await openExport(page);
    await dialog.getByLabel("Format").selectOption({ label: "SVG" });
    const file = await download(page, () =>
      dialog.getByRole("button", { name: "Download", exact: true }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const text = (await bytesOf(file)).toString("utf8");

    // Parsed in a blank page: the app's Content-Security-Policy would report the SVG's own style
    // sheet as an inline style, which says nothing about the file.
    const blank = await context.newPage();
    const report = await blank.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const all = [...doc.querySelectorAll("*")];
      const attributes = all.flatMap((el) =>
        [...el.attributes].map((a) => ({ element: el.localName, name: a.name, value: a.value })),
      );
      return {
        parseErrors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        elements: [...new Set(all.map((el) => el.localName))].sort(),
        handlers: attributes.filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        links: attributes
          .filter((a) => /(^|:)href$/i.test(a.name) || a.name === "src")
          .map((a) => a.value.slice(0, 40)),
        urls: attributes
          .filter((a) => /url\(/i.test(a.value))
          .map((a) => a.value)
          .filter((v) => !/^url\(#[\w-]+\)$/.test(v)),
        styles: [...doc.querySelectorAll("style")].map((s) => s.textContent ?? ""),
        text: doc.documentElement.textContent ?? "",
      };
    }, text);
    await blank.close();

    expect(report.parseErrors).toBe(0);
    expect(report.root).toBe("svg");
    for (const forbidden of [
      "script",
      "foreignObject",
      "iframe",
      "a",
      "use",
      "image",
      "object",
      "embed",
    ])
      expect(report.elements).not.toContain(forbidden);
    expect(report.handlers).toEqual([]);
    expect(report.links).toEqual([]);
    expect(report.urls).toEqual([]);
    for (const style of report.styles) {
      expect(style).not.toMatch(/@import/i);
      const urls = [...style.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
      for (const url of urls) expect(url).toMatch(/^data:font\/woff2;base64,/);
    }
    // The payloads are there, as text a person can read.
    for (const payload of ["<script>alert(1)</script>", '"><svg onload=alert(3)>', "<use href="])
      expect(report.text).toContain(payload);
  });
});
