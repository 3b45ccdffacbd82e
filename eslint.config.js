import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import layers from "./eslint-rules/layers.js";
import noJsxLiterals from "./eslint-rules/no-jsx-literals.js";

const waymark = { rules: { layers, "no-jsx-literals": noJsxLiterals } };

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-bench/**",
      "dist-server/**",
      "data/**",
      "node_modules/**",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { "react-hooks": reactHooks, waymark },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never inject HTML: card text is untrusted.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "waymark/layers": "error",
      "waymark/no-jsx-literals": "error",
      "no-console": ["error", { allow: ["error", "warn"] }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message:
                'Import z from "src/format/zod-config": it turns off zod\'s eval probe, which the CSP refuses.',
            },
          ],
        },
      ],
    },
  },
  {
    // The room server runs in Node and talks to whoever runs it on its terminal.
    files: ["src/server/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/format/zod-config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: [
      "test/**/*.{ts,tsx}",
      "e2e/**/*.ts",
      "bench/**/*.{ts,mjs,js}",
      "*.config.{ts,js}",
      "eslint-rules/**/*.js",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
