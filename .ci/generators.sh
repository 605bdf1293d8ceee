#!/usr/bin/env bash
# Other ecosystems' tools on every published document, each file alone: openapi-spec-validator
# and datamodel-code-generator on every OpenAPI document, datamodel-code-generator on every JSON
# Schema (the module must import), openapi-typescript then `tsc --strict` on every OpenAPI
# document. Usage: generators.sh <published dir> <scratch dir with venv/ and node_modules/>.
set -euo pipefail
published=$1 scratch=$2
py="$scratch/venv/bin/python"
out="$scratch/generated"
mkdir -p "$out"
count=0
for document in "$published"/openapi/*.openapi.yaml; do
  service=$(basename "$document" .openapi.yaml)
  "$scratch/venv/bin/openapi-spec-validator" "$document"
  "$scratch/venv/bin/datamodel-codegen" --input "$document" --input-file-type openapi \
    --output-model-type pydantic_v2.BaseModel --output "$out/${service}_api.py" 2>/dev/null
  (cd "$out" && "$py" -c "import ${service}_api")
  "$scratch/node_modules/.bin/openapi-typescript" "$document" -o "$out/$service.d.ts" >/dev/null
  "$scratch/node_modules/.bin/tsc" --noEmit --strict "$out/$service.d.ts"
  count=$((count + 1))
done
echo "$count OpenAPI documents: openapi-spec-validator, datamodel-code-generator (imports), openapi-typescript + tsc --strict"
schemas=0
while IFS= read -r -d '' schema; do
  module="schema_$schemas"
  if ! "$scratch/venv/bin/datamodel-codegen" --input "$schema" --input-file-type jsonschema \
    --output-model-type pydantic_v2.BaseModel --output "$out/$module.py" 2>"$out/$module.log"; then
    cat "$out/$module.log"; echo "datamodel-code-generator failed on $schema"; exit 1
  fi
  (cd "$out" && "$py" -c "import $module") || { echo "the module of $schema does not import"; exit 1; }
  schemas=$((schemas + 1))
done < <(find "$published/schemas" -name '*.schema.json' -print0 | sort -z)
echo "$schemas JSON Schemas: datamodel-code-generator, each module imports"
