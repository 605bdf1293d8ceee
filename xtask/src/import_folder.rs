//! `cargo xtask import <folder> --service S --out DIR`: a whole vendor doc folder drafted at
//! once. Each page that documents a call becomes `<endpoint>.yaml` with its examples; the pages
//! that document no call (status lists, error codes) become one `types.yaml` of the service.
//! Every draft is then judged as `cargo xtask codegen` would load it, beside that `types.yaml`,
//! and a line per page says where it stands.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen_core::spec_text::Block;
use codegen_review::import::{Draft, ImportOptions, TypeEntry, import as import_page};
use codegen_review::page::Page;

use crate::flags::Import;
use crate::{FOUND, UNUSABLE};

/// The pages of a folder and its subfolders: Markdown and HTML, in path order. A link to a
/// folder is not followed (one to `..` would list the same pages again, ever deeper).
fn pages_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let path = entry.path();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_symlink() && path.is_dir() {
                continue;
            } else if path
                .extension()
                .and_then(|ext| ext.to_str())
                .is_some_and(|ext| matches!(ext, "md" | "markdown" | "html" | "htm"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// One page's draft and where it went.
struct Drafted {
    page: PathBuf,
    /// The spec file written, for a page that documents a call.
    spec: Option<PathBuf>,
    review_points: usize,
}

pub fn import_folder(args: Import) -> ExitCode {
    let Some(service) = args.service.clone() else {
        eprintln!("error: importing a folder drafts one service: pass --service NAME");
        return ExitCode::from(UNUSABLE);
    };
    let Some(out) = args.out.clone() else {
        eprintln!(
            "error: importing a folder writes a spec per page: pass --out DIR (specs/{service}/)"
        );
        return ExitCode::from(UNUSABLE);
    };
    let pages = match pages_under(&args.doc) {
        Ok(pages) if !pages.is_empty() => pages,
        Ok(_) => {
            eprintln!(
                "error: {} holds no Markdown or HTML page",
                args.doc.display()
            );
            return ExitCode::from(UNUSABLE);
        }
        Err(error) => {
            eprintln!("error: cannot list {}: {error}", args.doc.display());
            return ExitCode::from(UNUSABLE);
        }
    };
    if let Err(error) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot create {}: {error}", out.display());
        return ExitCode::from(UNUSABLE);
    }
    let limit = args.max_bytes.unwrap_or(codegen_core::input::PAGE_LIMIT);
    let mut state = Drafting {
        service: service.clone(),
        out: out.clone(),
        drafted: Vec::new(),
        specs: Vec::new(),
        status_pages: Default::default(),
        types: Block::new(),
        defaults: Block::new(),
        type_names: BTreeSet::new(),
        endpoints: BTreeSet::new(),
        files: Vec::new(),
    };
    // A page that cannot be read (not text in any encoding it declares, over the size limit)
    // is named and skipped: the folder's other pages are still drafted, and the run exits 2
    // at the end.
    let mut unreadable = Vec::new();
    for page_path in &pages {
        let text = match crate::read_page(page_path, limit) {
            Ok(text) => text,
            Err(_) => {
                unreadable.push(page_path.display().to_string());
                continue;
            }
        };
        // A page of several calls is drafted one call at a time, each named after its section.
        let sections = codegen_review::sections::split(&text);
        let parts: Vec<(Option<String>, &str)> = if sections.is_empty() {
            vec![(None, text.as_str())]
        } else {
            sections
                .iter()
                .map(|section| (Some(section.name.clone()), section.text.as_str()))
                .collect()
        };
        for (section, text) in parts {
            let page = Page::parse(text);
            // The page's file names its call better than its URL does (`create_shipment.md`).
            let endpoint = section
                .or_else(|| {
                    page_path
                        .file_stem()
                        .map(|stem| snake_case(&stem.to_string_lossy()))
                })
                .filter(|name| !name.is_empty());
            state.draft_page(&page, page_path, endpoint);
        }
    }
    state.finish();
    let Drafting {
        drafted,
        types,
        defaults,
        type_names,
        mut files,
        ..
    } = state;
    if !type_names.is_empty() || !defaults.is_empty() {
        // `service: …`, the defaults, then the types (when there are any).
        let mut doc = Block::new();
        doc.comment(format!(
            "Drafted by `cargo xtask import {} --service {service}`: what the pages share, and the\npages that document no call. Check every `# REVIEW` line.",
            args.doc.display()
        ));
        doc.entry("service", &service);
        if !defaults.is_empty() {
            doc.blank();
            doc.append(defaults);
        }
        if !type_names.is_empty() {
            doc.blank();
            doc.entry("types", types);
        }
        files.push((out.join(codegen_core::SHARED_TYPES_FILE), doc.to_yaml()));
    }
    if !args.force
        && let Some((existing, _)) = files.iter().find(|(path, _)| path.exists())
    {
        eprintln!(
            "error: {} exists; a draft never overwrites (pass --force to replace it)",
            existing.display()
        );
        return ExitCode::from(UNUSABLE);
    }
    for (path, contents) in &files {
        if let Err(error) = std::fs::write(path, contents) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::from(UNUSABLE);
        }
    }
    // Judged as the xtask loads a service: the shared types first, then each endpoint.
    let mut all_load = true;
    let types_path = out.join(codegen_core::SHARED_TYPES_FILE);
    if types_path.is_file()
        && let Err(diagnostics) =
            codegen_core::load_shared(&types_path, &types_path.display().to_string())
    {
        eprint!(
            "{}",
            codegen_core::render_from_files(&diagnostics, Path::new(""))
        );
        all_load = false;
    }
    let mut points = 0;
    for entry in &drafted {
        points += entry.review_points;
        let verdict = match &entry.spec {
            None => format!("types only → {}", codegen_core::SHARED_TYPES_FILE),
            Some(spec) => match codegen_core::load(spec, &spec.display().to_string()) {
                Ok(_) => format!("{} loads", spec.display()),
                Err(diagnostics) => {
                    all_load = false;
                    eprint!(
                        "{}",
                        codegen_core::render_from_files(&diagnostics, Path::new(""))
                    );
                    points += diagnostics.len();
                    format!(
                        "{} does not load yet ({} problem(s))",
                        spec.display(),
                        diagnostics.len()
                    )
                }
            },
        };
        println!(
            "{}: {verdict}; {} point(s) to review",
            entry.page.display(),
            entry.review_points
        );
    }
    let specs = drafted.iter().filter(|d| d.spec.is_some()).count();
    println!(
        "{} page(s): {specs} spec(s), {} type(s) in {}",
        drafted.len(),
        type_names.len(),
        types_path.display()
    );
    if !unreadable.is_empty() {
        eprintln!(
            "error: {} page(s) could not be read and were not drafted: {}",
            unreadable.len(),
            unreadable.join(", ")
        );
        return ExitCode::from(UNUSABLE);
    }
    if all_load && points == 0 {
        println!("every draft loads as it is");
        ExitCode::SUCCESS
    } else {
        eprintln!("the drafts need review: {points} point(s) in all");
        ExitCode::from(FOUND)
    }
}

/// What the pages drafted so far hold: the specs and examples to write, the shared types.
struct Drafting {
    service: String,
    out: PathBuf,
    drafted: Vec<Drafted>,
    /// The drafts of calls; written by `finish` once the records they share are known.
    specs: Vec<Draft>,
    /// Pages of one list of values, by file stem (`order-status`), and the enum each drafted.
    status_pages: std::collections::BTreeMap<String, String>,
    /// The entries of `types.yaml`'s `types:`.
    types: Block,
    /// The `defaults:` block of `types.yaml`, where most drafts state the same servers or key.
    defaults: Block,
    type_names: BTreeSet<String>,
    endpoints: BTreeSet<String>,
    files: Vec<(PathBuf, String)>,
}

impl Drafting {
    /// Drafts one call's page (or a page of types), named `endpoint` when it documents a call.
    fn draft_page(&mut self, page: &Page, page_path: &Path, endpoint: Option<String>) {
        let options = ImportOptions {
            doc: page_path.display().to_string(),
            service: Some(self.service.clone()),
            endpoint,
            service_auth: None,
            shared: Vec::new(),
            defaults: Default::default(),
        };
        let mut draft = import_page(page, &options);
        if draft.is_spec() {
            // Two pages drafting the same endpoint name: the later one is numbered.
            let mut name = draft.endpoint.clone();
            let mut n = 2;
            while !self.endpoints.insert(name.clone()) {
                name = format!("{}_{n}", draft.endpoint);
                n += 1;
            }
            rename(&mut draft, &name);
        }
        let yaml = draft.to_yaml();
        let review_points = draft.flags.len() + codegen_review::import::review_points(&yaml).len();
        if draft.is_spec() {
            let spec = self.out.join(format!("{}.yaml", draft.endpoint));
            self.drafted.push(Drafted {
                page: page_path.to_path_buf(),
                spec: Some(spec),
                review_points,
            });
            self.specs.push(draft);
        } else {
            // A page of one list of values (a status page) is the enum a field that links to
            // the page takes.
            let enums: Vec<&str> = draft
                .types
                .iter()
                .filter(|t| t.kind == codegen_review::page::TableKind::Values)
                .map(|t| t.name.as_str())
                .collect();
            if let ([name], Some(stem)) = (enums.as_slice(), page_path.file_stem()) {
                let taken = self.type_names.contains(*name);
                if !taken {
                    self.status_pages
                        .insert(stem.to_string_lossy().into_owned(), (*name).to_owned());
                }
            }
            append_types(&draft, &mut self.types, &mut self.type_names);
            self.drafted.push(Drafted {
                page: page_path.to_path_buf(),
                spec: None,
                review_points,
            });
        }
    }

    /// Moves the records that two or more drafts declare alike (the same name, fields and types)
    /// into `types.yaml`, then writes every draft and its examples.
    fn finish(&mut self) {
        self.link_status_pages();
        self.share_defaults();
        // Each draft's types, built once: the records are compared and moved as written.
        let entries: Vec<Vec<TypeEntry>> = self.specs.iter().map(Draft::type_entries).collect();
        let shared = shared_records(&self.specs, &entries, &self.type_names);
        let mut moved = BTreeSet::new();
        for name in &shared {
            let Some(entry) = entries.iter().flatten().find(|entry| &entry.name == name) else {
                continue;
            };
            // A page of types drafted a type of that name first: the drafts keep their own.
            if !self.type_names.insert(name.clone()) {
                continue;
            }
            moved.insert(name.clone());
            self.types.comment(format!(
                "Declared alike by {} drafts; shared.",
                self.specs
                    .iter()
                    .filter(|d| d.types.iter().any(|t| &t.name == name))
                    .count()
            ));
            self.types.entry(name, entry.block.clone());
        }
        for draft in &mut self.specs {
            draft.types.retain(|t| !moved.contains(&t.name));
            // The draft still names them: they are the service's now.
            draft
                .shared
                .extend(moved.iter().map(|name| (name.clone(), Vec::new())));
            let spec = self.out.join(format!("{}.yaml", draft.endpoint));
            self.files.push((spec, draft.to_yaml()));
            for example in &draft.examples {
                self.files
                    .push((self.out.join(&example.file), format!("{}\n", example.text)));
            }
        }
    }

    /// The servers, and the auth scheme with its header table, that most call drafts state alike
    /// (two or more, and at least half of them) become the service's `defaults:`; the drafts
    /// that state exactly those leave them out, the others keep their own.
    fn share_defaults(&mut self) {
        use codegen_core::ir::{Header, Server, Text};
        let calls = self.specs.iter().filter(|d| d.call.is_some()).count();
        let common = |found: Vec<String>| -> Option<String> {
            let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
            for key in found {
                *counts.entry(key).or_default() += 1;
            }
            let (key, count) = counts.into_iter().max_by_key(|(_, count)| *count)?;
            (count >= 2 && count * 2 >= calls).then_some(key)
        };
        let servers_of = |draft: &Draft| {
            let call = draft.call.as_ref()?;
            (!call.servers.is_empty()).then(|| format!("{:?}", call.servers))
        };
        let servers = common(self.specs.iter().filter_map(servers_of).collect());
        // Each draft's scheme, read once, and compared as the spec writes it.
        let schemes: Vec<Option<(codegen_core::ir::Auth, String)>> = self
            .specs
            .iter()
            .map(|draft| {
                scheme_of(draft).map(|auth| {
                    let written = codegen_core::auth::spec_text(&auth);
                    (auth, written)
                })
            })
            .collect();
        let written = |index: usize| schemes[index].as_ref().map(|(_, written)| written);
        let key = common(
            (0..schemes.len())
                .filter_map(|index| written(index).cloned())
                .collect(),
        );
        // The header rows every draft with that scheme states: its defaults' header table.
        let headers: Vec<Header> = key.as_ref().map_or_else(Vec::new, |key| {
            let keyed: Vec<&Draft> = self
                .specs
                .iter()
                .enumerate()
                .filter(|(index, _)| written(*index) == Some(key))
                .map(|(_, draft)| draft)
                .collect();
            keyed.first().map_or_else(Vec::new, |first| {
                first
                    .headers
                    .iter()
                    .filter(|row| {
                        keyed
                            .iter()
                            .all(|d| d.headers.iter().any(|h| h.name == row.name))
                    })
                    .map(|row| Header {
                        name: row.name.clone(),
                        required: row.required == Some(true),
                        docs: Text {
                            vi: Some(row.description.clone()).filter(|t| !t.is_empty()),
                            en: row.description_en.clone().filter(|t| !t.is_empty()),
                        },
                    })
                    .collect()
            })
        });
        let mut defaults = codegen_core::ir::ServiceDefaults::default();
        if let Some(servers) = &servers {
            let first = self
                .specs
                .iter()
                .find(|d| servers_of(d).as_ref() == Some(servers))
                .and_then(|d| d.call.as_ref());
            defaults.servers = first.map(|call| {
                call.servers
                    .iter()
                    .map(|(name, url)| Server {
                        name: name.clone(),
                        url: url.clone(),
                    })
                    .collect()
            });
        }
        if let Some(key) = &key {
            defaults.auth = schemes
                .iter()
                .flatten()
                .find(|(_, written)| written == key)
                .map(|(auth, _)| auth.clone());
            defaults.headers = Some(headers);
        }
        for (index, draft) in self.specs.iter_mut().enumerate() {
            // A page that states its path but no server (`GET /orders/{id}`) is served by the
            // service's servers, as the pages that state them say.
            let no_servers = draft
                .call
                .as_ref()
                .is_some_and(|call| call.servers.is_empty());
            if servers.is_some() && (servers_of(draft) == servers || no_servers) {
                draft.defaults.servers.clone_from(&defaults.servers);
            }
            if key.is_some() && written(index) == key.as_ref() {
                draft.defaults.auth.clone_from(&defaults.auth);
                draft.defaults.headers.clone_from(&defaults.headers);
            }
        }
        let comment = "What most of the service's pages state alike: the drafts that state the same leave it out.";
        self.defaults = codegen_review::import::defaults_block(&defaults, comment);
    }

    /// A string field whose description links to a page of values the folder holds
    /// (`[Trạng thái đơn hàng](order-status)`) takes that page's enum, with a review line.
    fn link_status_pages(&mut self) {
        for draft in &mut self.specs {
            let mut flags = Vec::new();
            for def in &mut draft.types {
                for row in &mut def.rows {
                    let plain_string = row.spec_type.is_none()
                        && row
                            .type_word
                            .as_deref()
                            .is_some_and(|word| word.trim().eq_ignore_ascii_case("string"));
                    if !plain_string {
                        continue;
                    }
                    let linked = row.description.split("](").skip(1).find_map(|rest| {
                        let target = rest.split([')', '#']).next()?;
                        let stem = target.rsplit('/').next()?.trim_end_matches(".md");
                        self.status_pages.get(stem)
                    });
                    if let Some(name) = linked {
                        row.spec_type = Some(name.clone());
                        if !draft.shared.iter().any(|(shared, _)| shared == name) {
                            draft.shared.push((name.clone(), Vec::new()));
                        }
                        flags.push(format!(
                            "line {}: {}.{} links to the page of `{name}`: read as that enum",
                            row.line, def.name, row.name
                        ));
                    }
                }
            }
            draft.flags.extend(flags);
        }
    }
}

/// How a draft's page authenticates, as the importer's cue reads it (`auth::from_page`: a token
/// endpoint, `Authorization: Bearer/Basic`, the one key-named header), on a page that documents
/// a call and does not say its requests are signed: `None` when the cue reads nothing.
fn scheme_of(draft: &Draft) -> Option<codegen_core::ir::Auth> {
    if draft.call.is_none() || draft.signed_at.is_some() {
        return None;
    }
    let auth = codegen_core::auth::from_page(&draft.auth_cues()).auth;
    (auth != codegen_core::ir::Auth::None).then_some(auth)
}

/// The names of the records that every draft declaring them declares alike (field names, types and
/// required marks; descriptions may differ), when two or more do; and only those whose
/// references are built-in types or other such records, so that `types.yaml` stands alone.
fn shared_records(
    drafts: &[Draft],
    entries: &[Vec<TypeEntry>],
    taken: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut shapes: std::collections::BTreeMap<&str, Vec<&[String]>> = Default::default();
    // The entry of each candidate, from the first draft that declares it.
    let mut first: std::collections::BTreeMap<&str, &TypeEntry> = Default::default();
    for (draft, entries) in drafts.iter().zip(entries) {
        let bodies = [&draft.request, &draft.response, &draft.error];
        for entry in entries {
            let record = draft.types.iter().any(|def| def.name == entry.name);
            if !record
                || bodies
                    .iter()
                    .any(|body| body.as_deref() == Some(&entry.name))
            {
                continue;
            }
            shapes.entry(&entry.name).or_default().push(&entry.shape);
            first.entry(&entry.name).or_insert(entry);
        }
    }
    let mut shared: BTreeSet<String> = shapes
        .iter()
        // A name a page of types took already stays each draft's own.
        .filter(|(name, seen)| {
            !taken.contains(**name) && seen.len() >= 2 && seen.iter().all(|s| *s == seen[0])
        })
        .map(|(name, _)| (*name).to_owned())
        .collect();
    // Drop a record that names a type staying in a draft, until none does.
    loop {
        let names_local = |name: &String| {
            first.get(name.as_str()).is_some_and(|entry| {
                entry
                    .references
                    .iter()
                    .any(|r| r != name && !shared.contains(r))
            })
        };
        let dropped: Vec<String> = shared.iter().filter(|n| names_local(n)).cloned().collect();
        if dropped.is_empty() {
            return shared;
        }
        for name in dropped {
            shared.remove(&name);
        }
    }
}

/// The draft's endpoint renamed (its examples' files follow the name).
fn rename(draft: &mut Draft, name: &str) {
    if draft.endpoint == name {
        return;
    }
    let old = draft.endpoint.clone();
    for example in &mut draft.examples {
        if let Some(rest) = example.file.strip_prefix(&old) {
            example.file = format!("{name}{rest}");
        }
    }
    draft.endpoint = name.to_owned();
}

/// Appends the `types:` entries of `draft`, the draft of a page that documents no call, to
/// `types`; a type of a name already there is left out, with a review comment saying so.
fn append_types(draft: &Draft, types: &mut Block, names: &mut BTreeSet<String>) {
    for entry in draft.type_entries() {
        if names.insert(entry.name.clone()) {
            types.entry(entry.name, entry.block);
        } else {
            types.comment(format!(
                "REVIEW: `{}` from {} is left out: an earlier page drafted a type of that name",
                entry.name, draft.doc
            ));
        }
    }
}

/// `create-order-with-multi-sku` → `create_order_with_multi_sku`: a spec's endpoint name.
fn snake_case(stem: &str) -> String {
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.ends_with('_') && !name.is_empty() {
            name.push('_');
        }
    }
    let name = name.trim_end_matches('_').to_owned();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("page_{name}")
    } else {
        name
    }
}
