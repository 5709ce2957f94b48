import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures call `use()`, which the React hooks rule mistakes for React's `use`.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "bench/results/**"]),
]);
