//! `cargo xtask import`, `drift` and `diff` as users run them: files written, exit codes, output.

use std::path::{Path, PathBuf};
use std::process::Command;

const LADIFLOW_PAGE: &str = "specs/ladiflow/docs/ladiflow-customer-create.md";
const LADIFLOW_SPEC: &str = "specs/ladiflow/customer_create.yaml";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Runs xtask with `args` from the workspace root: exit code, stdout, stderr.
fn xtask(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("xtask runs");
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-review-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn drift_exits_0_without_drift_1_with_it_2_when_unreadable() {
    let (code, stdout, _) = xtask(&["drift", LADIFLOW_PAGE, LADIFLOW_SPEC]);
    assert_eq!(
        (code, stdout.lines().last()),
        (
            0,
            Some(&*format!("{LADIFLOW_PAGE}: no drift from {LADIFLOW_SPEC}"))
        )
    );
    let (code, stdout, stderr) = xtask(&[
        "drift",
        "tests/fixtures/doc-drift/ladiflow-type-changed.md",
        LADIFLOW_SPEC,
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        "type changed         CustomerCreateRequest.postal_code: spec `number`, page `string` (page line 61)\n"
    );
    let (code, _, stderr) = xtask(&["drift", "no-such-page.md", LADIFLOW_SPEC]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read no-such-page.md"), "{stderr}");
}

#[test]
fn import_writes_the_draft_and_its_examples_and_never_overwrites() {
    let dir = scratch("import");
    let out = dir.join("customer_create.yaml");
    let out = out.to_str().expect("UTF-8 path");
    let (code, stdout, stderr) = xtask(&["import", LADIFLOW_PAGE, "--out", out]);
    // The page contradicts itself: the draft takes both sides and records the conflict, so it
    // loads; what it decided is listed for review (exit 1).
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("does not load"), "{stderr}");
    assert!(
        stdout.contains("4 type(s), 37 row(s), 2 example(s)"),
        "{stdout}"
    );
    for file in [
        "customer_create.yaml",
        "customer_create.request.json",
        "customer_create.response.json",
    ] {
        assert!(dir.join(file).is_file(), "{file} not written");
    }
    // The page's own contradictions come back as review points, each recorded in the draft.
    assert!(
        stderr.contains("CustomerCreateRequest.website: the table says `list`, the request example says `\"123\"`, a string; recorded as a conflict"),
        "{stderr}"
    );
    let draft = std::fs::read_to_string(dir.join("customer_create.yaml")).expect("draft");
    assert!(
        draft.contains("conflicts:\n  - about: CustomerCreateRequest.website\n"),
        "{draft}"
    );

    let before = std::fs::read_to_string(dir.join("customer_create.yaml")).expect("draft");
    let (code, _, stderr) = xtask(&["import", LADIFLOW_PAGE, "--out", out]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("a draft never overwrites (pass --force to replace it)"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("customer_create.yaml")).expect("draft"),
        before
    );
    let (code, _, stderr) = xtask(&["import", LADIFLOW_PAGE, "--out", out, "--force"]);
    assert_eq!(code, 1, "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_without_out_prints_the_yaml() {
    let (code, stdout, stderr) = xtask(&[
        "import",
        "specs/tiki/docs/tiki-lead-application-create.md",
        "--endpoint",
        "lead_application_create",
    ]);
    // The page says requests are signed, but defines the signature on another page: one point.
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.contains("endpoint: lead_application_create\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  sandbox: \"https://api.tiki.vn/tiniapp-sandbox-open-api\"\n"),
        "{stdout}"
    );
    assert!(
        stderr.contains("2 example(s) not written; pass --out"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "review (in the draft): the page says requests are signed (line 11) but not how"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("the draft needs review: 2 point(s)"),
        "{stderr}"
    );
}

#[test]
fn drift_on_a_page_it_read_no_table_of_exits_2_instead_of_reporting_no_drift() {
    let dir = scratch("drift-empty");
    std::fs::create_dir_all(&dir).expect("scratch");
    let page = dir.join("page.md");
    std::fs::write(
        &page,
        "# Tạo khách hàng\n\nThe fields are described in a picture.\n",
    )
    .expect("page");
    let (code, stdout, stderr) = xtask(&["drift", page.to_str().expect("UTF-8"), LADIFLOW_SPEC]);
    assert_eq!(code, 2, "{stdout}");
    assert!(stderr.contains("read no table of"), "{stderr}");
    assert!(!stdout.contains("no drift"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_prints_each_change_and_the_bump() {
    let dir = scratch("diff");
    std::fs::create_dir_all(&dir).expect("scratch");
    // The service folder copied, with a value added to an enum of its shared types.
    for entry in std::fs::read_dir(root().join("specs/ladiflow")).expect("specs") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, dir.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let shared = std::fs::read_to_string(dir.join("types.yaml")).expect("types");
    let edited = shared.replace(
        "      - { value: SUBSCRIBER }\n",
        "      - { value: SUBSCRIBER }\n      - { value: UNSUBSCRIBED }\n",
    );
    assert_ne!(edited, shared);
    std::fs::write(dir.join("types.yaml"), edited).expect("types");
    let new_path = dir.join("customer_create.yaml");
    let (code, stdout, stderr) = xtask(&[
        "diff",
        LADIFLOW_SPEC,
        new_path.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "compatible CustomerStatus.UNSUBSCRIBED: enum value added\nsemver: minor (0 breaking, 1 compatible, 0 docs)\n"
    );
    let (code, stdout, _) = xtask(&["diff", LADIFLOW_SPEC, LADIFLOW_SPEC]);
    assert_eq!((code, stdout.as_str()), (0, "semver: none (no change)\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A page that only says requests are signed, of a service with defaults, leaves servers,
/// headers and auth to them, with a line to review; its full URL is read as a path below the
/// default server.
#[test]
fn import_of_a_page_that_says_signed_takes_the_services_defaults() {
    let (code, stdout, stderr) = xtask(&[
        "import",
        "tests/fixtures/doc-pages/signature-callout.md",
        "--service",
        "tiki",
        "--endpoint",
        "lead_application_update",
    ]);
    assert_eq!(code, 1, "points to review: {stderr}");
    assert!(
        stdout.contains("# servers: the service's defaults (types.yaml).\npath: \"/lead/applications/{application_id}\"\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("hmac_signature"), "{stdout}");
    assert!(
        stderr.contains("review (in the draft): the page says requests are signed (line 4); the headers and auth are the service's defaults"),
        "{stderr}"
    );
    // Unnamed, the draft is named after the path below the service's server: its resource
    // and the method's action, as the curated spec is named.
    let (_, stdout, _) = xtask(&[
        "import",
        "tests/fixtures/doc-pages/signature-callout.md",
        "--service",
        "tiki",
    ]);
    assert!(
        stdout.contains("endpoint: lead_application_update\n"),
        "{stdout}"
    );
}

/// A draft names the service's shared record instead of drafting a copy of it, and loads
/// beside the service's `types.yaml`.
#[test]
fn import_reuses_the_services_shared_record() {
    let (code, stdout, stderr) = xtask(&[
        "import",
        "tests/fixtures/doc-pages/shared-record.md",
        "--service",
        "ladiflow",
        "--endpoint",
        "customer_show",
    ]);
    assert_eq!(code, 1, "points to review: {stderr}");
    assert!(
        stdout.contains("      customer: { type: Customer, origin: example }\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("\n  Customer:\n"),
        "no copy of the record: {stdout}"
    );
    assert!(!stderr.contains("does not load"), "{stderr}");
}

/// A page that documents no call drafts shared types: with `service:`, judged as a
/// `types.yaml` (it loads), and the count of points includes every problem printed.
#[test]
fn import_of_a_page_of_types_drafts_a_types_file_that_loads() {
    let (code, stdout, stderr) = xtask(&[
        "import",
        "specs/tiki/docs/tiki-error-code.md",
        "--service",
        "tiki",
    ]);
    assert_eq!(code, 1, "review points remain: {stderr}");
    assert!(stdout.contains("\nservice: tiki\ntypes:\n"), "{stdout}");
    assert!(
        !stderr.contains("error:"),
        "the types draft loads: {stderr}"
    );
    assert!(!stderr.contains("does not load"), "{stderr}");
    // Problems printed are points to review: the count says so. (An example of a list where the
    // table says a string is a shape the draft does not take by itself.)
    let dir = scratch("unloadable");
    std::fs::create_dir_all(&dir).expect("scratch");
    let page = dir.join("page.md");
    std::fs::write(
        &page,
        "# Tags\n\nPOST https://api.example.com/tags\n\n## Request body\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n| tag | string | yes | The tag |\n\n## Request example\n\n```json\n{\"tag\": [\"a\", \"b\"]}\n```\n",
    )
    .expect("page");
    let (_, _, stderr) = xtask(&["import", &page.display().to_string()]);
    let problems = stderr.matches(": error: ").count();
    let points: usize = stderr
        .rsplit("it does not load yet; ")
        .next()
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(problems > 0 && points >= problems, "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder of pages drafts a whole service: a spec per page that documents a call (named
/// after the page's file), a `types.yaml` from the pages that document none, a line per page
/// with its verdict, and nothing overwritten on a second run.
#[test]
fn import_of_a_folder_drafts_a_spec_per_call_page_and_a_types_file() {
    let pages = scratch("folder-pages");
    std::fs::create_dir_all(pages.join("nested")).expect("pages");
    for (from, to) in [
        (
            "tests/fixtures/doc-pages/query-parameters.md",
            "list-events.md",
        ),
        (
            "tests/fixtures/doc-pages/untyped-parameters.md",
            "nested/search-events.md",
        ),
        ("specs/tiki/docs/tiki-error-code.md", "error-code.md"),
    ] {
        std::fs::copy(root().join(from), pages.join(to)).expect("copy");
    }
    let out = scratch("folder-out");
    let (pages_arg, out_arg) = (pages.display().to_string(), out.display().to_string());
    let run = || {
        xtask(&[
            "import",
            &pages_arg,
            "--service",
            "events",
            "--out",
            &out_arg,
        ])
    };
    let (code, stdout, stderr) = run();
    assert_eq!(code, 1, "review points remain\n{stdout}\n{stderr}");
    for file in ["list_events.yaml", "search_events.yaml", "types.yaml"] {
        assert!(out.join(file).is_file(), "{file} not written:\n{stdout}");
    }
    assert!(stdout.contains("list_events.yaml loads"), "{stdout}");
    assert!(
        stdout.contains("error-code.md: types only → types.yaml"),
        "{stdout}"
    );
    assert!(stdout.contains("3 page(s): 2 spec(s)"), "{stdout}");
    let spec = std::fs::read_to_string(out.join("search_events.yaml")).expect("spec");
    assert!(
        spec.contains("service: events\nendpoint: search_events\n"),
        "{spec}"
    );
    assert!(
        codegen_core::load_shared(&out.join("types.yaml"), "types.yaml").is_ok(),
        "the types draft loads"
    );
    let (code, _, stderr) = run();
    assert_eq!(code, 2, "never overwrites: {stderr}");
    let (code, _, stderr) = xtask(&["import", &pages_arg, "--out", &out_arg]);
    assert_eq!(code, 2, "a folder needs --service: {stderr}");
    let _ = std::fs::remove_dir_all(&pages);
    let _ = std::fs::remove_dir_all(&out);
}

/// The servers and the key header that most pages of a folder state alike go into the
/// service's `defaults:` once; a page that states other servers keeps its own.
#[test]
fn import_of_a_folder_shares_what_most_pages_state_alike() {
    let pages = scratch("folder-defaults");
    std::fs::create_dir_all(&pages).expect("pages");
    let page = |title: &str, call: &str| {
        format!(
            "# {title}\n\n`{call}`\n\n## Headers\n\n| Tham số | Kiểu dữ liệu | Bắt buộc | Mô tả |\n|---|---|---|---|\n| Api-Key | string | có | Khóa API |\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | string | Mã |\n"
        )
    };
    for (file, title, call) in [
        (
            "get-ticket.md",
            "Get ticket",
            "GET https://api.help.vn/v2/tickets/{id}",
        ),
        (
            "close-ticket.md",
            "Close ticket",
            "POST https://api.help.vn/v2/tickets/{id}/close",
        ),
        (
            "upload.md",
            "Upload",
            "POST https://files.help.vn/v1/uploads",
        ),
        // A page that states its path alone: the service's servers serve it.
        (
            "reopen-ticket.md",
            "Reopen ticket",
            "POST /tickets/{id}/reopen",
        ),
    ] {
        std::fs::write(pages.join(file), page(title, call)).expect("page");
    }
    let out = scratch("folder-defaults-out");
    let (pages_arg, out_arg) = (pages.display().to_string(), out.display().to_string());
    let (_, stdout, stderr) =
        xtask(&["import", &pages_arg, "--service", "help", "--out", &out_arg]);
    let read = |file: &str| std::fs::read_to_string(out.join(file)).expect(file);
    let types = read("types.yaml");
    assert!(
        types.contains("defaults:\n  servers:\n    production: \"https://api.help.vn/v2\"\n  headers:\n    Api-Key: { required: true, vi: Khóa API }\n  auth: { api_key: { header: Api-Key } }\n"),
        "{types}\n{stdout}\n{stderr}"
    );
    let get = read("get_ticket.yaml");
    assert!(get.contains("# servers: the service's defaults"), "{get}");
    assert!(
        get.contains("# headers and auth: the service's defaults"),
        "{get}"
    );
    assert!(!get.contains("\nservers:"), "{get}");
    let upload = read("upload.yaml");
    assert!(
        upload.contains("servers:\n  production: \"https://files.help.vn/v1\""),
        "{upload}"
    );
    let reopen = read("reopen_ticket.yaml");
    assert!(
        reopen.contains("# servers: the service's defaults"),
        "{reopen}"
    );
    assert!(
        reopen.contains("path: \"/tickets/{id}/reopen\""),
        "{reopen}"
    );
    for file in [
        "get_ticket.yaml",
        "close_ticket.yaml",
        "upload.yaml",
        "reopen_ticket.yaml",
    ] {
        assert!(
            stdout.contains(&format!("{file} loads")),
            "{stdout}\n{stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(&pages);
    let _ = std::fs::remove_dir_all(&out);
}

/// A page of a folder that cannot be read (not UTF-8, and declaring no other encoding) is
/// named and skipped: the other pages are drafted, and the run exits 2. A page that declares
/// its legacy encoding is read in it, and a link back to the folder is not followed.
#[test]
fn import_of_a_folder_drafts_the_pages_it_can_read_and_names_the_others() {
    let pages = scratch("folder-unreadable");
    std::fs::create_dir_all(&pages).expect("pages");
    std::fs::write(
        pages.join("get-ticket.md"),
        "# Get ticket\n\n`GET https://api.help.vn/v2/tickets/{id}`\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | string | Id |\n",
    )
    .expect("page");
    std::fs::write(pages.join("latin1.md"), b"# Caf\xe9\n").expect("page");
    // `Danh sách phiếu` in windows-1258, whose `ế` is `ê` and a combining accent (and `ã` is
    // `a` and a combining tilde).
    std::fs::write(
        pages.join("list-tickets.html"),
        b"<html><head><meta charset=\"windows-1258\"></head><body><h1>Danh s\xe1ch phi\xea\xecu</h1><p><code>GET https://api.help.vn/v2/tickets</code></p><h2>Response</h2><table><tr><th>Field</th><th>Type</th><th>Description</th></tr><tr><td>id</td><td>string</td><td>Ma\xde phi\xea\xecu</td></tr></table></body></html>",
    )
    .expect("page");
    #[cfg(unix)]
    std::os::unix::fs::symlink(".", pages.join("again")).expect("link");
    let out = scratch("folder-unreadable-out");
    let (pages_arg, out_arg) = (pages.display().to_string(), out.display().to_string());
    let (code, stdout, stderr) =
        xtask(&["import", &pages_arg, "--service", "help", "--out", &out_arg]);
    assert_eq!(code, 2, "{stdout}\n{stderr}");
    assert!(stderr.contains("latin1.md: it is not UTF-8"), "{stderr}");
    assert!(
        stderr.contains("1 page(s) could not be read and were not drafted"),
        "{stderr}"
    );
    assert!(stdout.contains("get_ticket.yaml loads"), "{stdout}");
    let listed = std::fs::read_to_string(out.join("list_tickets.yaml"))
        .unwrap_or_else(|error| panic!("the windows-1258 page's draft: {error}\n{stdout}"));
    assert!(
        listed.contains("title: { vi: Danh sách phiếu }"),
        "{listed}"
    );
    assert!(listed.contains("Mã phiếu"), "{listed}");
    assert_eq!(stdout.matches("get-ticket.md").count(), 1, "{stdout}");
    let _ = std::fs::remove_dir_all(&pages);
    let _ = std::fs::remove_dir_all(&out);
}

/// A folder whose pages authenticate alike by `Authorization: Bearer …` shares that scheme in
/// `defaults:` as it shares a key header; a page that shows Basic instead keeps its own.
#[test]
fn import_of_a_folder_shares_a_bearer_scheme_most_pages_state() {
    let pages = scratch("folder-bearer");
    std::fs::create_dir_all(&pages).expect("pages");
    let page = |title: &str, call: &str, scheme: &str| {
        format!(
            "# {title}\n\n`{call}`\n\n## Headers\n\n| Header | Type | Required | Description |\n|---|---|---|---|\n| Authorization | string | yes | `{scheme} <credentials>` |\n\n## Response\n\n| Field | Type | Description |\n|---|---|---|\n| id | string | The id |\n"
        )
    };
    for (file, title, call, scheme) in [
        (
            "get-deal.md",
            "Get deal",
            "GET https://api.crm.test/v1/deals/{id}",
            "Bearer",
        ),
        (
            "list-deals.md",
            "List deals",
            "GET https://api.crm.test/v1/deals",
            "Bearer",
        ),
        (
            "export.md",
            "Export",
            "GET https://api.crm.test/v1/export",
            "Basic",
        ),
    ] {
        std::fs::write(pages.join(file), page(title, call, scheme)).expect("page");
    }
    let out = scratch("folder-bearer-out");
    let (pages_arg, out_arg) = (pages.display().to_string(), out.display().to_string());
    let (_, stdout, stderr) = xtask(&["import", &pages_arg, "--service", "crm", "--out", &out_arg]);
    let read = |file: &str| std::fs::read_to_string(out.join(file)).expect(file);
    let types = read("types.yaml");
    assert!(
        types.contains("  auth: bearer\n"),
        "{types}\n{stdout}\n{stderr}"
    );
    assert!(
        types.contains("    Authorization: { required: true"),
        "{types}"
    );
    let get = read("get_deal.yaml");
    assert!(
        get.contains("# headers and auth: the service's defaults"),
        "{get}"
    );
    assert!(!get.contains("\nauth:"), "{get}");
    let export = read("export.yaml");
    assert!(export.contains("\nauth: basic\n"), "{export}");
    for file in ["get_deal.yaml", "list_deals.yaml", "export.yaml"] {
        assert!(
            stdout.contains(&format!("{file} loads")),
            "{stdout}\n{stderr}"
        );
    }
    let _ = std::fs::remove_dir_all(&pages);
    let _ = std::fs::remove_dir_all(&out);
}

/// A page of several calls imported alone: `--endpoint` drafts the one it names; without it
/// the reviewer is told which calls the page holds.
#[test]
fn import_of_one_call_of_a_page_of_several() {
    let dir = scratch("several-calls");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("collection.md");
    std::fs::write(
        &page,
        "# CRM\n\n## POST Create deal\n\n```\nhttps://x.vn/v2/deals\n```\n\n## GET List deals\n\n```\nhttps://x.vn/v2/deals?page=1\n```\n\n### Example: OK (200)\n\n```json\n{\"total\": 1}\n```\n",
    )
    .expect("page");
    let page_arg = page.display().to_string();
    let (_, stdout, stderr) = xtask(&["import", &page_arg, "--endpoint", "list_deals"]);
    assert!(
        stdout.contains("endpoint: list_deals\n"),
        "{stdout}\n{stderr}"
    );
    assert!(stdout.contains("method: GET\n"), "{stdout}");
    assert!(stdout.contains("title: { en: List deals }"), "{stdout}");
    let (_, _, stderr) = xtask(&["import", &page_arg]);
    assert!(
        stderr.contains("the page documents 2 calls (create_deal, list_deals)"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--format json`: one JSON document on stdout a CI job can read, with the same exit codes.
#[test]
fn review_verdicts_as_json() {
    use codegen_core::codegen_runtime::serde_json::{self, Value};
    let parse = |text: &str| -> Value { serde_json::from_str(text).expect("one JSON document") };
    let flipped = "tests/fixtures/doc-drift/ladiflow-required-flipped.md";
    let (code, stdout, _) = xtask(&["drift", flipped, LADIFLOW_SPEC, "--format", "json"]);
    assert_eq!(code, 1);
    let drift = parse(&stdout);
    assert_eq!(drift["drifts"][0]["kind"], "required changed", "{drift}");
    assert_eq!(drift["drifts"][0]["place"], "CustomerCreateRequest.email");
    let (code, stdout, _) = xtask(&[
        "diff",
        LADIFLOW_SPEC,
        "specs/ladiflow/customer_list.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let diff = parse(&stdout);
    assert_eq!(diff["bump"], "major", "{diff}");
    assert!(diff["breaking"].as_u64().is_some_and(|n| n > 0));
    let (code, stdout, _) = xtask(&["import", LADIFLOW_PAGE, "--format", "json"]);
    assert_eq!(code, 1);
    let import = parse(&stdout);
    assert_eq!(import["loads"], true, "{import}");
    assert!(
        import["review"]
            .as_array()
            .is_some_and(|points| points.iter().any(|p| p
                .as_str()
                .is_some_and(|p| p.contains("recorded as a conflict")))),
        "{import}"
    );
    assert!(
        import["draft"]
            .as_str()
            .is_some_and(|d| d.contains("endpoint: customer_create"))
    );
    assert_eq!(import["problems"], serde_json::json!([]), "{import}");
    let (code, _, stderr) = xtask(&["drift", flipped, LADIFLOW_SPEC, "--format", "xml"]);
    assert_eq!(code, 2, "{stderr}");
}

/// Tiki's backend docs as the vendor publishes them (`../shared/vendor-docs/tiki/`, never
/// imported before): one command drafts every call they document, each draft loads, and a
/// page of several calls (ward codes, the token exchange) gives one spec per call.
#[test]
fn import_of_tikis_vendor_folder_drafts_every_call_and_each_loads() {
    let folder = root().join("../shared/vendor-docs/tiki");
    if !folder.is_dir() {
        panic!(
            "{} is missing: CI runs with ../shared beside the clone",
            folder.display()
        );
    }
    let out = scratch("tiki-vendor-out");
    let (folder_arg, out_arg) = (folder.display().to_string(), out.display().to_string());
    let (code, stdout, stderr) = xtask(&[
        "import",
        &folder_arg,
        "--service",
        "tiki_backend",
        "--out",
        &out_arg,
    ]);
    assert_eq!(code, 1, "review points remain\n{stdout}\n{stderr}");
    assert!(!stdout.contains("does not load"), "{stdout}\n{stderr}");
    let mut calls = Vec::new();
    for entry in std::fs::read_dir(&out).expect("drafts") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "yaml") && !path.ends_with("types.yaml") {
            let endpoint = codegen_core::load(&path, &path.display().to_string())
                .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, None)));
            calls.push(format!("{} {}", endpoint.method.as_str(), endpoint.path));
        }
    }
    for call in [
        "POST /order",
        "POST /order/multi-sku",
        "GET /order",
        "GET /order/list",
        "POST /order/cancel",
        "POST /order/complete",
        "POST /tiniapp-open-api/shipping/quotes",
        "POST /tiniapp-open-api/shipping/shipments",
        "GET /tiniapp-open-api/shipping/shipments",
        "DELETE /tiniapp-open-api/shipping/shipments",
        "POST /tiniapp-open-api/shipping/shipment_status",
        "GET /directory/v1/countries/VN/regions",
        "GET /directory/v1/countries/VN/regions/{region_id}/districts",
        "GET /directory/v1/countries/VN/regions/{region_id}/districts/{district_id}",
        "POST /tiniapp-open-api/oauth/auth/token",
        "POST /tiniapp-open-api/oauth/auth/token/refresh",
        "POST /tiniapp-open-api/oauth/me",
        "GET /customers/profile",
    ] {
        assert!(
            calls.iter().any(|c| c == call),
            "{call} not drafted: {calls:#?}"
        );
    }
    // The payment tables name `Data`, a list; the examples send one `data` object: the draft
    // names the field as sent and takes both shapes, each disagreement recorded.
    let cancel = std::fs::read_to_string(out.join("cancel_order.yaml")).expect("draft");
    for recorded in [
        "sides: { table: \"`Data`\", response example: \"`data`\" }",
        "resolution: \"`CancelOrderResponseData` accepts both a list of Data and a Data.\"",
    ] {
        assert!(cancel.contains(recorded), "{recorded}\n{cancel}");
    }
    // Records the shipping pages declare alike are drafted once, in types.yaml.
    let types = std::fs::read_to_string(out.join("types.yaml")).expect("types.yaml");
    assert!(
        types.contains("  # Declared alike by 3 drafts; shared.\n  EstimatedTimeline:\n"),
        "{types}"
    );
    let quotes = std::fs::read_to_string(out.join("list_quotes.yaml")).expect("draft");
    assert!(!quotes.contains("  EstimatedTimeline:\n"), "{quotes}");
    assert!(
        quotes.contains("estimated_timeline: { type: EstimatedTimeline,"),
        "{quotes}"
    );
    // A field that links to the folder's status page takes its enum.
    let ipn = std::fs::read_to_string(out.join("ipn.yaml")).expect("draft");
    assert!(ipn.contains("status: { type: TrangThaiDonHang,"), "{ipn}");
    let _ = std::fs::remove_dir_all(&out);
}
