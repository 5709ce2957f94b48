import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const support = (file: string) => path.join(root, "tests", "support", file);

const integration = (name: "embedded" | "postgres") => ({
  extends: true as const,
  test: {
    name: `integration-${name}`,
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: [support(`global-setup-${name}.ts`)],
    setupFiles: [support("integration-env.ts")],
    // One file at a time per database: simple and deterministic. Each test creates its own data.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws when imported outside React Server Components.
      { find: /^server-only$/, replacement: support("server-only.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          // Component tests opt into the DOM with `// @vitest-environment jsdom`.
          environment: "node",
          setupFiles: [support("unit-env.ts")],
          testTimeout: 15_000,
        },
      },
      integration("embedded"),
      integration("postgres"),
    ],
  },
});
