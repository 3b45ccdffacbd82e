import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    // Worker threads start faster than forked processes: the suite runs in about two thirds of
    // the time (CI's 20 minutes are tight), and no test relies on a process of its own.
    pool: "threads",
    globals: true,
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
