import type { Locator } from "@playwright/test";

/**
 * The accessible name of what `element` finds, as the browser's accessibility tree gives it (a
 * card's "Touchpoint: Checkout page", which comes from its text, not an attribute).
 */
export async function accessibleName(element: Locator): Promise<string> {
  const snapshot = await element.ariaSnapshot();
  // The first line is `- button "Name" [pressed]`, in YAML's single quotes when the name holds
  // a colon: `- 'button "Touchpoint: Friend''s code"'`, and ending in a colon when it has children.
  let line = snapshot.split("\n")[0]!.replace(/^- /, "").replace(/:$/, "");
  if (line.startsWith("'") && line.endsWith("'")) line = line.slice(1, -1).replaceAll("''", "'");
  const quoted = /^[\w-]+ ("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
  if (!quoted) throw new Error(`No name in the accessibility snapshot: ${snapshot.slice(0, 200)}`);
  return JSON.parse(quoted) as string;
}

/** The accessible names of everything `elements` finds, sorted. */
export async function accessibleNames(elements: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const element of await elements.all()) names.push(await accessibleName(element));
  return names.sort();
}
