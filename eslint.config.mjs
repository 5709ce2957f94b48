import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import boundaries: app → components → lib → db. A layer imports only the layers below it, so a
 * route's code never leaks into shared UI and the domain never depends on the UI. The rule comes
 * from eslint-plugin-import, which eslint-config-next registers (with its TypeScript resolver, so
 * `@/…` imports are resolved like relative ones).
 */
const importBoundaries = {
  files: ["**/*.{ts,tsx,js,mjs}"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          { target: "./components", from: "./app", message: "components must not import from app/: move the shared code to components/ or lib/." },
          { target: "./lib", from: ["./app", "./components"], message: "lib must not import from app/ or components/: the domain does not depend on the UI." },
          {
            target: "./db",
            from: ["./app", "./components", "./lib"],
            message: "db must not import from app/, components/ or lib/ (a seed that needs lib/ belongs in scripts/).",
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  importBoundaries,
  // Playwright fixtures call `use()`, which the React hooks rule mistakes for React's `use`.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "bench/results/**", "bench/ceiling/.next/**", "bench/ceiling/public/**"]),
]);
