"""Runs every ```sh block of the published guide (generated-client/schemas/README.md), in order,
from a copy of the published folder, exactly as a reader would paste them. Usage:
python3 guide.py <published dir> <scratch dir>; the PATH must reach python3 (with pip) and npm."""
import pathlib
import re
import shutil
import subprocess
import sys

published, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
work = scratch / "published"
for folder in ("schemas", "openapi"):
    shutil.copytree(published / folder, work / folder)
guide = (published / "schemas" / "README.md").read_text(encoding="utf-8")
blocks = re.findall(r"^```sh\n(.*?)^```$", guide, flags=re.S | re.M)
if not blocks:
    sys.exit("the guide has no sh blocks")
env = {**__import__("os").environ, "PATH": f"{work / 'node_modules' / '.bin'}:{__import__('os').environ['PATH']}"}
for number, block in enumerate(blocks, 1):
    print(f"-- guide block {number}/{len(blocks)}", flush=True)
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=work, env=env)
    if result.returncode:
        sys.exit(f"guide block {number} failed (exit {result.returncode}):\n{block}")
print(f"{len(blocks)} guide blocks ran")
