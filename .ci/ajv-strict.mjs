// Compiles every published schema with ajv in strict mode (as other teams run it) and
// validates its examples. A service's shared types schema (`types.schema.json`, whose `$id`
// the body schemas `$ref`) is added first, as a team that received the set would add it.
// Usage: node ajv-strict.mjs <schemas dir> (ajv and ajv-formats installed).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
const root = process.argv[2];
const read = (service, file) => JSON.parse(readFileSync(join(root, service, file), "utf8"));
let failed = 0, count = 0;
for (const service of readdirSync(root)) {
  const files = readdirSync(join(root, service));
  const shared = files.filter((file) => file === "types.schema.json").map((file) => read(service, file));
  for (const file of files) {
    const schema = read(service, file);
    const ajv = new Ajv2020({ strict: true });   // ajv's strict mode, as other teams run it
    addFormats(ajv);
    try {
      for (const types of shared) if (types.$id !== schema.$id) ajv.addSchema(types);
      const validate = ajv.compile(schema);
      for (const example of schema.examples ?? []) {
        if (!validate(example)) { failed++; console.log(`${file}: example rejected`, validate.errors); }
      }
      count++;
    } catch (e) { failed++; console.log(`${file}: ${e.message}`); }
  }
}
console.log(`${count} schemas compiled in strict mode, ${failed} failures`);
process.exit(failed ? 1 : 0);
