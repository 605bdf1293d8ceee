// Compiles every published schema on its own with ajv in strict mode (as other teams run it:
// one downloaded file, nothing added), and validates its examples: the working set
// (`<service>/*.schema.json`) and every release (`<service>/<version>/*.schema.json`).
// Usage: node ajv-strict.mjs <schemas dir> (ajv and ajv-formats installed).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
let failed = 0, count = 0;
for (const file of files(process.argv[2]).filter((path) => path.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(file, "utf8"));
  const ajv = new Ajv2020({ strict: true });   // ajv's strict mode, nothing registered
  addFormats(ajv);
  try {
    const validate = ajv.compile(schema);
    for (const example of schema.examples ?? []) {
      if (!validate(example)) { failed++; console.log(`${file}: example rejected`, validate.errors); }
    }
    count++;
  } catch (e) { failed++; console.log(`${file}: ${e.message}`); }
}
console.log(`${count} schemas compiled alone in strict mode, ${failed} failures`);
process.exit(failed || !count ? 1 : 0);
