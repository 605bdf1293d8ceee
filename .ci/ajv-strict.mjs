// Compiles every published schema with ajv in strict mode (as other teams run it) and
// validates its examples: the working set (`<service>/*.schema.json`) and every release
// (`<service>/<version>/*.schema.json`). A folder's shared types schema (`types.schema.json`,
// whose `$id` the body schemas `$ref`) is added first, as a team that received the set would.
// Usage: node ajv-strict.mjs <schemas dir> (ajv and ajv-formats installed).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
const folders = (dir) => [dir, ...readdirSync(dir).map((name) => join(dir, name))
  .filter((path) => statSync(path).isDirectory()).flatMap(folders)];
let failed = 0, count = 0;
for (const folder of folders(process.argv[2])) {
  const files = readdirSync(folder).filter((file) => file.endsWith(".schema.json"));
  const read = (file) => JSON.parse(readFileSync(join(folder, file), "utf8"));
  const shared = files.filter((file) => file === "types.schema.json").map(read);
  for (const file of files) {
    const schema = read(file);
    const ajv = new Ajv2020({ strict: true });   // ajv's strict mode, as other teams run it
    addFormats(ajv);
    try {
      for (const types of shared) if (types.$id !== schema.$id) ajv.addSchema(types);
      const validate = ajv.compile(schema);
      for (const example of schema.examples ?? []) {
        if (!validate(example)) { failed++; console.log(`${folder}/${file}: example rejected`, validate.errors); }
      }
      count++;
    } catch (e) { failed++; console.log(`${folder}/${file}: ${e.message}`); }
  }
}
console.log(`${count} schemas compiled in strict mode, ${failed} failures`);
process.exit(failed ? 1 : 0);
