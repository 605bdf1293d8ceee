"""schemathesis, with every check on, against `cargo xtask mock` serving every spec: the stand-in
and the published OpenAPI documents must tell the same story.

Usage: python .ci/schemathesis.py <generated-client folder> <scratch folder>
(run with the venv that has schemathesis, so that its `schemathesis` and PyYAML are found).

The stand-in is started with credentials for every service that has a document, in the
variables the examples read (`<SERVICE>_API_KEY`, `_CLIENT_ID`, `_CLIENT_SECRET`, `_USERNAME`,
`_PASSWORD`; a service added to `specs/` gets its own, so that a wrong key is refused), and
schemathesis is told each security scheme's credentials by name: an API key in a header or the
query, a bearer token, a user name and password, and, for OAuth client credentials, a token the
stand-in's token endpoint issued. A signed service (Tiki) is driven without a signature, which
schemathesis cannot compute over the bytes it sends: every call is refused, which the checks
judge against the document (statuses, shapes, auth that is not ignored).
The seed is fixed so that CI runs the same cases every time.
"""

import base64
import json
import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

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


def prefix_of(service):
    """The variables' prefix of `service` (`LADIFLOW` in `LADIFLOW_API_KEY`)."""
    return service.upper().replace("-", "_")


for document in (published / "openapi").glob("*.openapi.yaml"):
    prefix = prefix_of(document.name.removesuffix(".openapi.yaml"))
    for name in ["API_KEY", "CLIENT_ID", "CLIENT_SECRET", "USERNAME", "PASSWORD"]:
        env.setdefault(f"{prefix}_{name}", f"ci-{prefix.lower()}-{name.lower()}")


def toml(text):
    """`text` as a TOML string."""
    return json.dumps(text)


def issued_token(service, base, spec, scheme):
    """A token from the stand-in's token endpoint (the spec's token path below the service)."""
    token_url = scheme["flows"]["clientCredentials"]["tokenUrl"]
    server = spec.get("servers", [{}])[0].get("url", "")
    if not token_url.startswith(server):
        return None
    prefix = prefix_of(service)
    pair = f"{env[prefix + '_CLIENT_ID']}:{env[prefix + '_CLIENT_SECRET']}"
    request = urllib.request.Request(
        base + token_url[len(server):],
        data=urllib.parse.urlencode({"grant_type": "client_credentials"}).encode(),
        headers={"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)["access_token"]

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
        prefix = prefix_of(service)
        config, headers = [], []
        schemes = spec.get("components", {}).get("securitySchemes", {})
        for name, scheme in schemes.items():
            kind = (scheme.get("type"), scheme.get("scheme") or scheme.get("in"))
            if kind == ("apiKey", "header"):
                headers += ["-H", f"{scheme['name']}: {env[prefix + '_API_KEY']}"]
                continue
            if kind == ("apiKey", "query"):
                value = f"api_key = {toml(env[prefix + '_API_KEY'])}"
            elif kind == ("http", "bearer"):
                value = f"bearer = {toml(env[prefix + '_API_KEY'])}"
            elif kind == ("http", "basic"):
                value = (
                    f"username = {toml(env[prefix + '_USERNAME'])}\n"
                    f"password = {toml(env[prefix + '_PASSWORD'])}"
                )
            elif scheme.get("type") == "oauth2":
                token = issued_token(service, services[service], spec, scheme)
                if token is None:
                    continue
                value = f"bearer = {toml(token)}"
            else:
                continue
            config.append(f"[auth.openapi.{toml(name)}]\n{value}\n")
        config_file = scratch / f"schemathesis.{service}.toml"
        config_file.write_text("\n".join(config))
        command = [
            str(bindir / "schemathesis"), "--no-color", "--config-file", str(config_file),
            "run", str(document),
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
