"""Checks every published schema with python-jsonschema (draft 2020-12, formats asserted) and
validates its examples. Usage: python3 python-jsonschema.py <schemas dir>"""
import glob
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker

count = 0
for path in sorted(glob.glob(f"{sys.argv[1]}/*/*.schema.json")):
    with open(path, encoding="utf-8") as file:
        schema = json.load(file)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    for example in schema.get("examples", []):
        errors = [error.message for error in validator.iter_errors(example)]
        if errors:
            sys.exit(f"{path}: an example is rejected: {errors}")
    count += 1
print(f"{count} schemas valid for python-jsonschema, examples accepted")
