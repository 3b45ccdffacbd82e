// Enforces the layering in the README: imports inside src/ only point down.
// Resolving the specifier against the importing file (rather than matching strings) means
// "../../store/x" and "../store" are caught alike, whatever the depth of the file.
import path from "node:path";

/** Which of our layers each layer may import. A layer may always import itself. */
export const ALLOWED_LAYERS = {
  domain: [],
  i18n: [],
  format: ["domain"],
  store: ["domain", "format", "engine"],
  persistence: ["domain", "format"],
  engine: ["domain", "format", "persistence"],
  ui: ["i18n", "domain"],
  templates: ["domain", "i18n"],
  canvas: ["store", "domain", "format", "i18n", "ui"],
  panels: ["store", "domain", "format", "i18n", "ui", "templates"],
  present: ["store", "domain", "format", "i18n", "ui", "canvas"],
  export: ["store", "domain", "format", "i18n", "ui"],
  rooms: ["domain", "format", "engine", "store", "i18n", "ui"],
  server: ["domain", "format"],
  app: null, // everything
};

/** Third-party packages a layer must not touch: the bottom layers stay free of UI and I/O. */
const PURE = [
  "react",
  "react-dom",
  "dexie",
  "dexie-react-hooks",
  "zustand",
  "@xyflow/react",
  "html-to-image",
];
/** The room server's Node packages: browser code never reaches them. */
const NODE_ONLY = [
  "@hocuspocus/server",
  "@hocuspocus/extension-database",
  "@hocuspocus/extension-redis",
  "better-sqlite3",
  "ws",
];
const BROWSER = ["react", "react-dom", "dexie", "dexie-react-hooks", "zustand", "@xyflow/react"];
export const FORBIDDEN_PACKAGES = {
  domain: [...PURE, ...NODE_ONLY],
  i18n: [...NODE_ONLY, "dexie", "dexie-react-hooks", "zustand", "@xyflow/react", "html-to-image"],
  format: [...PURE, ...NODE_ONLY],
  templates: [...PURE, ...NODE_ONLY],
  persistence: [
    ...NODE_ONLY,
    "react",
    "react-dom",
    "zustand",
    "@xyflow/react",
    "html-to-image",
    "yjs",
  ],
  engine: [...NODE_ONLY, "react", "react-dom", "zustand", "@xyflow/react", "html-to-image"],
  store: [...NODE_ONLY, "dexie", "dexie-react-hooks", "@xyflow/react", "html-to-image"],
  ui: [...NODE_ONLY, "dexie", "dexie-react-hooks", "zustand", "@xyflow/react"],
  canvas: NODE_ONLY,
  panels: NODE_ONLY,
  present: NODE_ONLY,
  export: NODE_ONLY,
  rooms: [...NODE_ONLY, "dexie", "dexie-react-hooks", "@xyflow/react", "html-to-image"],
  app: NODE_ONLY,
  server: [...BROWSER, "html-to-image", "@hocuspocus/provider"],
};

function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const first = rel.split(path.sep)[0];
  return Object.prototype.hasOwnProperty.call(ALLOWED_LAYERS, first) ? first : null;
}

function packageName(spec) {
  if (spec.startsWith("@")) return spec.split("/").slice(0, 2).join("/");
  return spec.split("/")[0];
}

export default {
  meta: {
    type: "problem",
    docs: { description: "imports inside src/ point down the layers" },
    schema: [],
    messages: {
      upward: "Layer '{{from}}' may not import from '{{to}}' (allowed: {{allowed}}).",
      pkg: "Layer '{{from}}' may not import the package '{{pkg}}': it must stay free of UI and I/O.",
    },
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, "src");
    const from = layerOf(file, srcDir);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const target = path.resolve(path.dirname(file), spec);
        const to = layerOf(target, srcDir);
        if (!to || to === from) return;
        const allowed = ALLOWED_LAYERS[from];
        if (allowed === null || allowed.includes(to)) return;
        context.report({
          node,
          messageId: "upward",
          data: { from, to, allowed: allowed.length ? allowed.join(", ") : "none of ours" },
        });
        return;
      }
      const forbidden = FORBIDDEN_PACKAGES[from] ?? [];
      const pkg = packageName(spec);
      if (forbidden.includes(pkg)) context.report({ node, messageId: "pkg", data: { from, pkg } });
    }
    return {
      ImportDeclaration(node) {
        check(node.source, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node.source, node.source.value);
      },
    };
  },
};
