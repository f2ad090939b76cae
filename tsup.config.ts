import { defineConfig } from "tsup";

const library = {
  index: "src/index.ts",
  "footprint/index": "src/footprint/index.ts",
  "factors/nl-2026/index": "src/factors/nl-2026/index.ts",
  "iso26000/index": "src/iso26000/index.ts",
  "lifecycle/index": "src/lifecycle/index.ts",
  "audit/index": "src/audit/index.ts",
  "vsme/index": "src/vsme/index.ts",
};

export default defineConfig({
  // The command line (package.json "bin", dist/cli.js) is built with the library so they share
  // chunks; its shebang comes from src/cli/bin.ts, and it has no type declarations.
  entry: { ...library, cli: "src/cli/bin.ts" },
  format: ["esm", "cjs"],
  dts: { entry: library },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
});
