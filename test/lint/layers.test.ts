import { ESLint } from "eslint";
import path from "node:path";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
// The project's own config, minus type-aware parsing: the probe files below exist only as text.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ["**/*.{ts,tsx}"], ...tseslint.configs.disableTypeChecked }],
});

async function lint(relativePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativePath) });
  return result!.messages.map((m) => m.ruleId);
}

describe("the layering is enforced by lint", () => {
  it("fails a domain file that imports React", async () => {
    expect(
      await lint(
        "src/domain/probe.ts",
        'import { useState } from "react";\nexport const probe = useState;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("fails a domain file that imports Dexie", async () => {
    expect(
      await lint(
        "src/domain/probe.ts",
        'import Dexie from "dexie";\nexport const probe = Dexie;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("fails a domain file that imports the store, however deep it sits", async () => {
    expect(
      await lint(
        "src/domain/nested/probe.ts",
        'import { documentStore } from "../../store";\nexport const probe = documentStore;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("fails persistence importing the store", async () => {
    expect(
      await lint(
        "src/persistence/probe.ts",
        'import { documentStore } from "../store";\nexport const probe = documentStore;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("fails a file that imports zod directly instead of the CSP-safe config", async () => {
    const direct = 'import { z } from "zod";\nexport const probe = z.string();\n';
    expect(await lint("src/format/probe.ts", direct)).toContain("no-restricted-imports");
    const viaConfig = 'import { z } from "./zod-config";\nexport const probe = z.string();\n';
    expect(await lint("src/format/probe.ts", viaConfig)).not.toContain("no-restricted-imports");
  });

  it("lets the store import the domain and the format", async () => {
    const code =
      'import { newId } from "../domain";\nimport { LIMITS } from "../format";\nexport const probe = [newId, LIMITS];\n';
    expect(await lint("src/store/probe.ts", code)).not.toContain("waymark/layers");
  });

  it("lets the app import every layer", async () => {
    const code =
      'import { documentStore } from "../store";\nimport { openDatabase } from "../persistence";\nexport const probe = [documentStore, openDatabase];\n';
    expect(await lint("src/app/probe.ts", code)).not.toContain("waymark/layers");
  });
});

describe("the room server and the browser stay apart", () => {
  it("fails browser code that imports the room server's packages", async () => {
    expect(
      await lint(
        "src/canvas/probe.ts",
        'import { Server } from "@hocuspocus/server";\nexport const probe = Server;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("fails the room server importing the store", async () => {
    expect(
      await lint(
        "src/server/probe.ts",
        'import { documentStore } from "../store";\nexport const probe = documentStore;\n',
      ),
    ).toContain("waymark/layers");
  });

  it("lets the room server use the format's room rules", async () => {
    expect(
      await lint(
        "src/server/probe.ts",
        'import { ROOM_LIMITS } from "../format/room";\nexport const probe = ROOM_LIMITS;\n',
      ),
    ).not.toContain("waymark/layers");
  });
});

describe("user-visible text goes through the catalogue", () => {
  it("fails a component with words written into JSX", async () => {
    const code = "export function Probe() {\n  return <p>Hello there</p>;\n}\n";
    expect(await lint("src/ui/Probe.tsx", code)).toContain("waymark/no-jsx-literals");
  });

  it("fails an aria-label written as a literal", async () => {
    const code = 'export function Probe() {\n  return <button aria-label="Close" />;\n}\n';
    expect(await lint("src/ui/Probe.tsx", code)).toContain("waymark/no-jsx-literals");
  });

  it("accepts text read from the catalogue and symbols without letters", async () => {
    const code =
      'import { t } from "../i18n";\nexport function Probe() {\n  return <p title={t("app.name")}>{t("app.name")} ×</p>;\n}\n';
    expect(await lint("src/ui/Probe.tsx", code)).not.toContain("waymark/no-jsx-literals");
  });
});
