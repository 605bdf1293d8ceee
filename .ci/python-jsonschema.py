"""Checks every published schema with python-jsonschema (draft 2020-12, formats asserted) and
validates its examples: the working set (`<service>/*.schema.json`) and every release
(`<service>/<version>/*.schema.json`). Each shared types schema is registered under its `$id`
(a release's carries its version), as a team that received the set would register it. Usage: python3 python-jsonschema.py <schemas dir>"""
import glob
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

schemas = {}
for path in sorted(glob.glob(f"{sys.argv[1]}/**/*.schema.json", recursive=True)):
    with open(path, encoding="utf-8") as file:
        schemas[path] = json.load(file)
registry = Registry().with_resources(
    (schema["$id"], Resource.from_contents(schema))
    for path, schema in schemas.items()
    if path.endswith("/types.schema.json")
)
count = 0
for path, schema in schemas.items():
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker(), registry=registry)
    for example in schema.get("examples", []):
        errors = [error.message for error in validator.iter_errors(example)]
        if errors:
            sys.exit(f"{path}: an example is rejected: {errors}")
    count += 1
print(f"{count} schemas valid for python-jsonschema, examples accepted")
