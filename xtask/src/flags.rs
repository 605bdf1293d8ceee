//! The command line, declared once: xflags generates the parser and the `--help` text from
//! this grammar (as in rust-analyzer's xtask), so the list of tasks is written in one place.

use std::path::PathBuf;

xflags::xflags! {
    /// Project tasks. Exit codes, for every task: 0 nothing found, 1 something found (stale
    /// files, an invalid payload, drift, a breaking change), 2 unusable input (a spec that does
    /// not load, a missing file, bad arguments).
    cmd xtask {
        /// Regenerate every file under generated-client/ from the specs under specs/.
        cmd codegen {
            /// Change nothing: print a diff of every stale file, exit 1 if there is one.
            optional --check
            /// The workspace to work on; by default the one around the current folder.
            optional --root root: PathBuf
        }
        /// Write the publishable JSON Schemas and OpenAPI documents to a folder.
        cmd schema {
            /// Where to write them: releases as `<dir>/<service>/<version>/…` (with each
            /// service's CHANGELOG.md and `<dir>/index.json`), the working set and OpenAPI
            /// documents as `<dir>/schemas/…` and `<dir>/openapi/…`.
            required --out out: PathBuf
            /// The workspace to work on; by default the one around the current folder.
            optional --root root: PathBuf
        }
        /// Judge a JSON payload by a spec: one line per violation, exit 1 when there is one.
        cmd validate {
            /// The spec (`specs/<service>/<endpoint>.yaml`).
            required spec: PathBuf
            /// Which body: `request`, `response` or `error`.
            required role: String
            /// The JSON document.
            required payload: PathBuf
            /// Refuse payloads larger than this many bytes (default 64 MiB).
            optional --max-bytes max_bytes: u64
        }
        /// Draft a spec (and its example files, beside it) from a vendor doc page, or a whole
        /// service from a folder of pages (with --service and --out DIR).
        cmd import {
            /// The vendor page (Markdown or HTML), or a folder of them.
            required doc: PathBuf
            /// Where to write the draft; standard output when absent.
            optional --out out: PathBuf
            /// The service's name (snake_case).
            optional --service service: String
            /// The endpoint's name (snake_case).
            optional --endpoint endpoint: String
            /// Replace files that exist.
            optional --force
            /// Refuse pages larger than this many bytes (default 8 MiB).
            optional --max-bytes max_bytes: u64
            /// `text` (the default) or `json`: the verdict as one JSON document on stdout.
            optional --format format: String
        }
        /// List each row, header or URL of a vendor page that differs from a spec; exit 1 on drift.
        cmd drift {
            /// The vendor page.
            required doc: PathBuf
            /// The curated spec.
            required spec: PathBuf
            /// Refuse pages larger than this many bytes (default 8 MiB).
            optional --max-bytes max_bytes: u64
            /// `text` (the default) or `json`: the drifts as one JSON document on stdout.
            optional --format format: String
        }
        /// Compare two published schema sets schema by schema (`schema --out` folders, or
        /// `generated-client/schemas`): each change with its JSON Pointer and class.
        cmd schema-diff {
            /// The old set.
            required old: PathBuf
            /// The new set.
            required new: PathBuf
            /// `breaking` (the default) or `compatible`: the least class that fails.
            optional --fail-on fail_on: String
            /// `text` (the default) or `json`: the changes as one JSON document on stdout.
            optional --format format: String
        }
        /// Time generation and compilation of N synthetic endpoints (in a scratch folder,
        /// never under specs/): generation time, peak memory and Rust lines per size, and the
        /// generated crate's compile time and peak memory for the --compile sizes.
        cmd bench-scale {
            /// Comma-separated endpoint counts (default 1,10,100,1000).
            optional --sizes sizes: String
            /// Comma-separated counts whose crate is compiled (default 10,100; `none` skips).
            optional --compile compile: String
            /// Keep the scratch workspaces and print where they are.
            optional --keep
        }
        /// Serve a stand-in of every spec (each service at `http://ADDR/<service>`): auth and
        /// signatures checked with the credentials the examples read (`LADIFLOW_API_KEY`,
        /// `TIKI_CLIENT_KEY`, `TIKI_CLIENT_SECRET`…), requests validated, documented answers.
        cmd mock {
            /// Where to listen (default 127.0.0.1:8080; port 0 picks a free one).
            optional --listen listen: String
            /// A JSON file of faults per endpoint:
            /// `{"tiki.lead_application_update": [{"status": 503, "retry_after": "2"}, {"drop": true}]}`.
            optional --scenario scenario: PathBuf
            /// The workspace to work on; by default the one around the current folder.
            optional --root root: PathBuf
        }
        /// Send a notification of a `direction: inbound` spec to a receiver, signed as the
        /// vendor signs it (`TIKI_CLIENT_KEY`, `TIKI_CLIENT_SECRET`…), in each form a receiver
        /// must tell apart; exit 1 when an answer is not the one the vendor expects (2xx for a
        /// valid message and its resend, 4xx for the others).
        cmd deliver {
            /// The notification, as `<service>.<endpoint>` (`tiki.payment_ipn`).
            required notification: String
            /// The receiver's URL.
            required --to to: String
            /// The message's JSON (default: the spec's first example).
            optional --body body: PathBuf
            /// `valid`, `duplicate`, `tampered`, `stale`, `foreign`, `malformed`, or `all`
            /// (the default: each in turn).
            optional --kind kind: String
            /// The workspace to work on; by default the one around the current folder.
            optional --root root: PathBuf
        }
        /// Classify every change between two versions of a spec (or, given a git revision, of
        /// every spec under specs/ since it); exit 1 on a change of the --fail-on class or worse.
        cmd diff {
            /// The old spec, or a git revision (`HEAD~1`, a tag) to compare every spec with.
            required old: String
            /// The new spec; absent when `old` is a git revision (the working tree is the new).
            optional new: PathBuf
            /// `breaking` (the default) or `compatible`: the least class that fails.
            optional --fail-on fail_on: String
            /// `text` (the default) or `json`: the changes as one JSON document on stdout.
            optional --format format: String
        }
    }
}
