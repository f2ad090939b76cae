import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "footprint/index": "src/footprint/index.ts",
    "factors/nl-2026/index": "src/factors/nl-2026/index.ts",
    "iso26000/index": "src/iso26000/index.ts",
    "lifecycle/index": "src/lifecycle/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
});
