"""schemathesis, with every check on, against `cargo xtask mock` serving every spec: the stand-in
and the published OpenAPI documents must tell the same story.

Usage: python .ci/schemathesis.py <generated-client folder> <scratch folder>
(run with the venv that has schemathesis, so that its `schemathesis` and PyYAML are found).

The stand-in is started with credentials in the variables the examples read; a service whose
document has an API key in a header gets that header. A signed service (Tiki) is driven without
a signature, which schemathesis cannot compute over the bytes it sends: every call is refused,
which the checks judge against the document (statuses, shapes, auth that is not ignored).
The seed is fixed so that CI runs the same cases every time.
"""

import os
import pathlib
import re
import subprocess
import sys
import time

import yaml

published = pathlib.Path(sys.argv[1])
scratch = pathlib.Path(sys.argv[2])
bindir = pathlib.Path(sys.executable).parent
env = dict(
    os.environ,
    LADIFLOW_API_KEY="ci-ladiflow-key",
    TIKI_CLIENT_KEY="ci-tiki-client",
    TIKI_CLIENT_SECRET="ci-tiki-secret",
)
log = open(scratch / "mock.out", "w+")
mock = subprocess.Popen(
    ["cargo", "xtask", "mock", "--listen", "127.0.0.1:0"],
    stdout=log,
    stderr=subprocess.STDOUT,
    env=env,
)
try:
    services = {}
    deadline = time.time() + 600  # the first run may build the xtask
    documents = sorted((published / "openapi").glob("*.openapi.yaml"))
    while len(services) < len(documents) and time.time() < deadline:
        if mock.poll() is not None:
            log.seek(0)
            sys.exit(f"the stand-in stopped:\n{log.read()}")
        log.seek(0)
        services = dict(re.findall(r"^serving (\S+) at (\S+)", log.read(), re.M))
        time.sleep(0.5)
    if len(services) < len(documents):
        sys.exit(f"the stand-in named {sorted(services)}, not one service per document")
    failed = []
    for document in documents:
        service = document.name.removesuffix(".openapi.yaml")
        spec = yaml.safe_load(document.read_text())
        headers = []
        schemes = spec.get("components", {}).get("securitySchemes", {})
        for scheme in schemes.values():
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                key = env.get(f"{service.upper()}_API_KEY", "")
                headers += ["-H", f"{scheme['name']}: {key}"]
        command = [
            str(bindir / "schemathesis"), "--no-color", "run", str(document),
            "--url", services[service], "--checks", "all",
            "--max-examples", "50", "--seed", "1", "--generation-deterministic",
            *headers,
        ]
        print(f"-- schemathesis: {service} at {services[service]}", flush=True)
        if subprocess.run(command).returncode != 0:
            failed.append(service)
    if failed:
        sys.exit(f"schemathesis found failures for: {', '.join(failed)}")
finally:
    mock.terminate()
    mock.wait(timeout=30)
