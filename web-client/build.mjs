// Bundles the browser module and copies the demo pages: `node build.mjs OUTDIR`.
// The Maven build runs it with OUTDIR inside target/classes, so the jar of this
// module is a set of static resources the server serves as they are.
import * as esbuild from "esbuild";
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const outdir = process.argv[2] ?? "dist";
mkdirSync(outdir, { recursive: true });

await esbuild.build({
    entryPoints: { parallax: "src/index.js" },
    outdir,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: true,
    // Perspective's engines stay separate files, fetched next to the bundle.
    loader: { ".wasm": "file" },
    // sockjs-client still reaches for Node's `global`.
    define: { global: "globalThis" },
    assetNames: "[name]-[hash]",
    logLevel: "warning",
});

// The viewer's themes, as one stylesheet (its icons are inlined).
cpSync("node_modules/@perspective-dev/viewer/dist/css/themes.css", join(outdir, "perspective-themes.css"));
for (const page of readdirSync("pages")) {
    cpSync(join("pages", page), join(outdir, page));
}
console.log(`web client built into ${outdir}`);
