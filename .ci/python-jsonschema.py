"""Checks every published schema on its own with python-jsonschema (draft 2020-12, formats
asserted with the format extras installed), as a team that downloaded one file would: nothing
registered, so a reference outside the file fails. Validates each schema's examples: the working
set (`<service>/*.schema.json`) and every release (`<service>/<version>/*.schema.json`).
Usage: python3 python-jsonschema.py <schemas dir>"""
import glob
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker

count = 0
for path in sorted(glob.glob(f"{sys.argv[1]}/**/*.schema.json", recursive=True)):
    with open(path, encoding="utf-8") as file:
        schema = json.load(file)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    for example in schema.get("examples", []):
        errors = [error.message for error in validator.iter_errors(example)]
        if errors:
            sys.exit(f"{path}: an example is rejected: {errors}")
    count += 1
if not count:
    sys.exit("no schemas found")
print(f"{count} schemas valid alone for python-jsonschema, examples accepted")
