//! Drift: a doc page as it stands against the curated spec transcribed from it. Each table is
//! matched to the spec type it was transcribed into, then row by row: names, type words,
//! required and not-null marks, descriptions; and the page's calls against the spec's URLs.
//!
//! What the spec deliberately refines is not drift: types are compared by the doc's type word
//! (`doc_type`), never by the refined type, fields the spec found only in examples are not
//! expected in tables, and a type word that a recorded conflict quotes (`` table: `list` ``) is
//! known.

use std::fmt;

use codegen_core::ir::{Endpoint, Field, Remark, Text, TypeDef, TypeKind};

use crate::Language;
use crate::page::{Page, Row, Table, TableKind, plain};
use crate::paths;

/// One difference between the page and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// Added to the page, removed from it, or changed.
    pub kind: DriftKind,
    /// What changed: `Type.field`, `header Api-Key`, `URL production`.
    pub place: String,
    /// How, in words.
    pub detail: String,
    /// The page line, when the thing is on the page.
    pub line: Option<usize>,
}

/// How the page differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DriftKind {
    /// On the page, not in the spec.
    Added,
    /// In the spec, no longer on the page.
    Removed,
    /// A row's type word changed.
    TypeChanged,
    /// A row's required (or not-null) mark changed.
    RequiredChanged,
    /// A row's description changed.
    DescriptionChanged,
    /// A call's method or URL changed.
    UrlChanged,
}

impl fmt::Display for DriftKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::TypeChanged => "type changed",
            Self::RequiredChanged => "required changed",
            Self::DescriptionChanged => "description changed",
            Self::UrlChanged => "URL changed",
        })
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<20} {}: {}",
            self.kind.to_string(),
            self.place,
            self.detail
        )?;
        if let Some(line) = self.line {
            write!(f, " (page line {line})")?;
        }
        Ok(())
    }
}

/// The drift of a page from a spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DriftReport {
    /// Every difference, in page order.
    pub drifts: Vec<Drift>,
    /// Spec types with table rows that no table of this page matched (they may come from
    /// another page the endpoint links to).
    pub not_on_page: Vec<String>,
}

/// Compares `page` with `spec`.
pub fn drift(page: &Page, spec: &Endpoint) -> DriftReport {
    let mut report = DriftReport::default();
    let language = Language::of_page(page);
    compare_calls(page, spec, &mut report.drifts);
    // Each spec type with the rows of every table that describes it: a parameters type may be
    // split over a path and a query table. Compared where its first table stands.
    let mut described: Vec<(&TypeDef, Table, Vec<String>)> = Vec::new();
    for table in &page.tables {
        if table.heading.to_lowercase().contains("header") {
            compare_headers(table, spec, language, &mut report.drifts);
            continue;
        }
        for (part, parents) in parts(table) {
            match spec_type_for(&part.heading, part.kind, &part.rows, spec) {
                Some(def) => {
                    match described
                        .iter_mut()
                        .find(|(known, ..)| known.name == def.name)
                    {
                        Some((_, whole, known_parents)) => {
                            whole.rows.extend(part.rows);
                            known_parents.extend(parents);
                        }
                        None => described.push((def, part, parents)),
                    }
                }
                None => {
                    let names: Vec<&str> = part.rows.iter().map(|r| r.name.as_str()).collect();
                    report.drifts.push(Drift {
                        kind: DriftKind::Added,
                        place: format!("table \"{}\"", part.heading),
                        detail: format!("no spec type matches it; rows {}", names.join(", ")),
                        line: Some(part.line),
                    });
                }
            }
        }
    }
    for (def, table, parents) in &described {
        // A service's shared record is described once, in `types.yaml`, from one page; every
        // other page that reuses it words its rows its own way, which is not drift. Its
        // rows, types and required marks are still compared.
        let described_elsewhere = spec.is_shared(&def.name);
        // A path parameter the page states only in its URL template is no row of its tables.
        let mut unlisted = parents.clone();
        if def.params {
            unlisted.extend(
                crate::import::placeholders(&spec.path)
                    .into_iter()
                    .map(str::to_owned),
            );
        }
        compare_table(
            table,
            def,
            &unlisted,
            described_elsewhere,
            language,
            &mut report.drifts,
        );
    }
    report.not_on_page = spec
        .types
        .iter()
        .filter(|def| {
            !described.iter().any(|(known, ..)| known.name == def.name)
                && has_table_rows(def, language)
        })
        .map(|def| def.name.clone())
        .collect();
    report
}

/// A table as drift compares it: where rows are named by a path (`customer.email`), the rows
/// with plain names, and a part per parent field (headed by its name, split in turn) holding
/// the rows below it, as the importer drafts them; each with the parent fields it stands for.
fn parts(table: &Table) -> Vec<(Table, Vec<String>)> {
    if table.kind != TableKind::Fields {
        return vec![(table.clone(), Vec::new())];
    }
    let (kept, groups) = paths::split(table.rows.clone());
    let parents = groups.iter().map(|group| group.parent.clone()).collect();
    let mut found = vec![(
        Table {
            rows: kept,
            ..table.clone()
        },
        parents,
    )];
    for group in groups {
        let line = group.rows.first().map_or(table.line, |row| row.line);
        found.extend(parts(&Table {
            heading: group.parent,
            line,
            kind: TableKind::Fields,
            english_headers: table.english_headers,
            rows: group.rows,
            status: table.status,
        }));
    }
    found
}

/// The spec type a table (its heading, kind and rows) was transcribed into: the type its
/// heading names (a rendered reference), the type whose `vi` or `en` is the heading, or the type sharing
/// most of its row names.
pub fn spec_type_for<'a>(
    heading: &str,
    kind: TableKind,
    rows: &[Row],
    spec: &'a Endpoint,
) -> Option<&'a TypeDef> {
    let fits = |def: &TypeDef| {
        matches!(
            (&def.kind, kind),
            (TypeKind::Object { .. }, TableKind::Fields)
                | (TypeKind::Enum { .. }, TableKind::Values)
        )
    };
    let first_word = heading.split_whitespace().next().unwrap_or_default();
    if let Some(def) = spec.type_def(first_word).filter(|def| fits(def)) {
        return Some(def);
    }
    let shared = |def: &TypeDef| {
        let names = row_names(def);
        rows.iter()
            .filter(|row| names.contains(&row.name.as_str()))
            .count()
    };
    let heading = plain(heading);
    // Two tables under one heading (a response's and an error's under `Body Response`): the
    // type of that heading sharing most of the table's rows, the first on a tie.
    let by_heading: Vec<&TypeDef> = spec
        .types
        .iter()
        .chain(&spec.shared)
        .filter(|def| {
            fits(def)
                && [&def.docs.vi, &def.docs.en]
                    .into_iter()
                    .flatten()
                    .any(|text| plain(text) == heading)
        })
        .collect();
    if let Some(def) = by_heading.into_iter().rev().max_by_key(|def| shared(def)) {
        return Some(def);
    }
    spec.types
        .iter()
        .chain(&spec.shared)
        .filter(|def| fits(def))
        .map(|def| (shared(def), def))
        .filter(|(count, _)| *count * 2 > rows.len())
        .max_by_key(|(count, _)| *count)
        .map(|(_, def)| def)
}

/// The names a type's table lists: fields found in the table (not only in examples), or values.
fn row_names(def: &TypeDef) -> Vec<&str> {
    match &def.kind {
        TypeKind::Object { fields, .. } => fields
            .iter()
            .filter(|f| !f.from_example)
            .map(|f| f.wire_name.as_str())
            .collect(),
        TypeKind::Enum { values } => values.iter().map(|v| v.value.as_str()).collect(),
        TypeKind::OneOf { .. } => Vec::new(),
    }
}

fn has_table_rows(def: &TypeDef, language: Language) -> bool {
    match &def.kind {
        TypeKind::Object { fields, .. } => fields.iter().any(|f| !f.from_example),
        TypeKind::Enum { values } => !own(&def.docs, language).is_empty() && !values.is_empty(),
        TypeKind::OneOf { .. } => false,
    }
}

/// The type word of a spec field as a table shows it: the doc's word, or the spec's type. A
/// `doc_type` copied with the page's emphasis (`**string**`, `` `int` ``) reads as the page
/// reader reads the cell, without it.
pub fn type_word(field: &Field) -> String {
    match &field.doc_type {
        Some(word) => plain_word(word),
        None => field.ty.describe(),
    }
}

/// `word` without Markdown emphasis or code marks around it or doubled inside it.
fn plain_word(word: &str) -> String {
    let mut word = word.replace("**", "").replace("__", "");
    loop {
        let trimmed = word.trim();
        let stripped = ['*', '_', '`'].iter().find_map(|mark| {
            trimmed
                .strip_prefix(*mark)
                .and_then(|inner| inner.strip_suffix(*mark))
        });
        match stripped {
            Some(inner) if !inner.is_empty() => word = inner.to_owned(),
            _ => return trimmed.to_owned(),
        }
    }
}

/// `parents`: fields of `def` the table lists only by the paths below them.
/// `described_elsewhere`: the type's descriptions come from another page; they are not
/// compared.
fn compare_table(
    table: &Table,
    def: &TypeDef,
    parents: &[String],
    described_elsewhere: bool,
    language: Language,
    drifts: &mut Vec<Drift>,
) {
    match &def.kind {
        TypeKind::Object { fields, .. } => compare_fields(
            table,
            def,
            fields,
            parents,
            described_elsewhere,
            language,
            drifts,
        ),
        TypeKind::Enum { values } => {
            for row in &table.rows {
                let place = format!("{}.{}", def.name, row.name);
                match values.iter().find(|v| v.value == row.name) {
                    None => drifts.push(Drift {
                        kind: DriftKind::Added,
                        place,
                        detail: "a new value".to_owned(),
                        line: Some(row.line),
                    }),
                    Some(_) if described_elsewhere => {}
                    Some(value) => {
                        compare_description(&place, row, own(&value.docs, language), drifts)
                    }
                }
            }
            // Values with the doc's own description came from the table; others (a value seen
            // only in an answer) are not expected in it.
            for value in values.iter().filter(|v| !own(&v.docs, language).is_empty()) {
                if !table.rows.iter().any(|row| row.name == value.value) {
                    drifts.push(Drift {
                        kind: DriftKind::Removed,
                        place: format!("{}.{}", def.name, value.value),
                        detail: "the value is no longer listed".to_owned(),
                        line: None,
                    });
                }
            }
        }
        TypeKind::OneOf { .. } => {}
    }
}

fn compare_fields(
    table: &Table,
    def: &TypeDef,
    fields: &[Field],
    parents: &[String],
    described_elsewhere: bool,
    language: Language,
    drifts: &mut Vec<Drift>,
) {
    // The row a field stands for: the one of its wire name, or one whose name a conflict
    // recorded on the field quotes (the table's `Data` that the example sends as `data`).
    let stands_for = |field: &Field, row: &Row| {
        field.wire_name == row.name || conflict_quotes(def, &field.wire_name, &row.name)
    };
    for row in &table.rows {
        let place = format!("{}.{}", def.name, row.name);
        let Some(field) = fields
            .iter()
            .find(|f| f.wire_name == row.name)
            .or_else(|| fields.iter().find(|f| stands_for(f, row)))
        else {
            drifts.push(Drift {
                kind: DriftKind::Added,
                place,
                detail: format!(
                    "a new row: {}, {}",
                    row.type_word.as_deref().unwrap_or("no type"),
                    if row.required == Some(true) {
                        "required"
                    } else {
                        "optional"
                    }
                ),
                line: Some(row.line),
            });
            continue;
        };
        if field.from_example && !row.from_example {
            drifts.push(Drift {
                kind: DriftKind::Added,
                place: place.clone(),
                detail: "now a row of the table; the spec has it from an example only".to_owned(),
                line: Some(row.line),
            });
        }
        let page_word = row.type_word.clone().unwrap_or_default();
        let spec_word = type_word(field);
        // A table without a type column states no type: nothing to drift from.
        if row.type_word.is_some()
            && page_word != spec_word
            && !conflict_quotes(def, &field.wire_name, &page_word)
        {
            drifts.push(Drift {
                kind: DriftKind::TypeChanged,
                place: place.clone(),
                detail: format!("spec `{spec_word}`, page `{page_word}`"),
                line: Some(row.line),
            });
        }
        // A conflict the spec records about whether the field is required is its decision,
        // not drift (`_id` required on the page, optional in the spec, with the reason).
        if !conflict_about_required(def, &field.wire_name) {
            compare_required(&place, row, field.required, drifts);
        }
        if let Some(not_null) = row.not_null
            && not_null == field.nullable
        {
            drifts.push(Drift {
                kind: DriftKind::RequiredChanged,
                place: place.clone(),
                detail: format!(
                    "spec {}, page {}",
                    nullability(field.nullable),
                    nullability(!not_null)
                ),
                line: Some(row.line),
            });
        }
        if described_elsewhere {
            continue;
        }
        compare_description(&place, row, own(&field.docs, language), drifts);
        if let Some(en) = &row.description_en
            && plain(en) != plain(field.docs.en.as_deref().unwrap_or_default())
        {
            drifts.push(Drift {
                kind: DriftKind::DescriptionChanged,
                place,
                detail: format!(
                    "English: spec \"{}\", page \"{en}\"",
                    field.docs.en.as_deref().unwrap_or_default()
                ),
                line: Some(row.line),
            });
        }
    }
    for field in fields
        .iter()
        .filter(|f| !f.from_example && !parents.contains(&f.wire_name))
    {
        // The exact name first: the conflict's quotes are read only for a field not found so.
        if !table.rows.iter().any(|row| row.name == field.wire_name)
            && !table.rows.iter().any(|row| stands_for(field, row))
        {
            drifts.push(Drift {
                kind: DriftKind::Removed,
                place: format!("{}.{}", def.name, field.wire_name),
                detail: format!("the row (`{}`) is gone from the table", type_word(field)),
                line: None,
            });
        }
    }
}

/// A required mark that differs from the spec; a table without the column says nothing.
fn compare_required(place: &str, row: &Row, spec: bool, drifts: &mut Vec<Drift>) {
    if let Some(required) = row.required
        && required != spec
    {
        drifts.push(Drift {
            kind: DriftKind::RequiredChanged,
            place: place.to_owned(),
            detail: format!("spec {}, page {}", flag(spec), flag(required)),
            line: Some(row.line),
        });
    }
}

/// The texts of `docs` that may be a page's own words, in `language`: a Vietnamese page's
/// `vi`; an English page's `en`, or its `vi` (a spec written before drafts put an English
/// page's words under `en`, with a translation beside them).
fn own(docs: &Text, language: Language) -> Vec<&str> {
    let texts = match language {
        Language::Vietnamese => [docs.vi.as_deref(), None],
        Language::English => [docs.vi.as_deref(), docs.en.as_deref()],
    };
    texts.into_iter().flatten().collect()
}

/// A drift when the row's description is none of `spec`'s texts (an empty one when it has none).
fn compare_description(place: &str, row: &Row, spec: Vec<&str>, drifts: &mut Vec<Drift>) {
    let page = plain(&row.description);
    let matched = match spec.as_slice() {
        [] => page.is_empty(),
        texts => texts.iter().any(|text| plain(text) == page),
    };
    if !matched {
        let spec = spec.first().copied().unwrap_or_default();
        drifts.push(Drift {
            kind: DriftKind::DescriptionChanged,
            place: place.to_owned(),
            detail: format!("spec \"{spec}\", page \"{}\"", row.description),
            line: Some(row.line),
        });
    }
}

fn compare_headers(table: &Table, spec: &Endpoint, language: Language, drifts: &mut Vec<Drift>) {
    for row in &table.rows {
        let place = format!("header {}", row.name);
        match spec
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(&row.name))
        {
            None => drifts.push(Drift {
                kind: DriftKind::Added,
                place,
                detail: "a new header".to_owned(),
                line: Some(row.line),
            }),
            Some(header) => {
                compare_required(&place, row, header.required, drifts);
                compare_description(&place, row, own(&header.docs, language), drifts);
            }
        }
    }
    for header in &spec.headers {
        if !own(&header.docs, language).is_empty()
            && !table
                .rows
                .iter()
                .any(|row| row.name.eq_ignore_ascii_case(&header.name))
        {
            drifts.push(Drift {
                kind: DriftKind::Removed,
                place: format!("header {}", header.name),
                detail: "the header is gone from the table".to_owned(),
                line: None,
            });
        }
    }
}

/// The page's calls against the spec's servers, by environment; a page without calls (one
/// that only lists types) says nothing about URLs.
fn compare_calls(page: &Page, spec: &Endpoint, drifts: &mut Vec<Drift>) {
    if page.calls.is_empty() {
        return;
    }
    let method = spec.method.as_str();
    for server in &spec.servers {
        let url = format!("{}{}", server.url, spec.path);
        let place = format!("URL {}", server.name);
        match page.calls.iter().find(|c| c.environment == server.name) {
            // The service's default environments serve every page; one page naming only its
            // production URL has not removed the sandbox.
            None if spec.servers_from_defaults => {}
            None => drifts.push(Drift {
                kind: DriftKind::Removed,
                place,
                detail: format!("the page no longer gives {method} {url}"),
                line: None,
            }),
            // A page's example call may carry a query (`?status=paid`): its parameters' values,
            // not part of the address.
            Some(call)
                if call.url.split('?').next() != Some(url.as_str()) || call.method != method =>
            {
                drifts.push(Drift {
                    kind: DriftKind::UrlChanged,
                    place,
                    detail: format!("spec {method} {url}, page {} {}", call.method, call.url),
                    line: Some(call.line),
                });
            }
            Some(_) => {}
        }
    }
    for call in &page.calls {
        if !spec.servers.iter().any(|s| s.name == call.environment) {
            drifts.push(Drift {
                kind: DriftKind::Added,
                place: format!("URL {}", call.environment),
                detail: format!("{} {}", call.method, call.url),
                line: Some(call.line),
            });
        }
    }
}

/// Whether a conflict recorded on `field` is about whether it is required.
fn conflict_about_required(def: &TypeDef, field: &str) -> bool {
    def.remarks.iter().any(|remark| {
        matches!(remark, Remark::Conflict { .. })
            && remark.field() == Some(field)
            && remark.sides().is_some_and(|sides| {
                let sides = sides.to_lowercase();
                ["required", "optional", "bắt buộc", "absent", "missing"]
                    .iter()
                    .any(|word| sides.contains(word))
            })
    })
}

/// Whether a conflict recorded on `field` quotes `word` as one side's reading.
fn conflict_quotes(def: &TypeDef, field: &str, word: &str) -> bool {
    let quoted = format!("`{word}`");
    def.remarks.iter().any(|remark| {
        matches!(remark, Remark::Conflict { .. })
            && remark.field() == Some(field)
            && remark.sides().is_some_and(|sides| sides.contains(&quoted))
    })
}

fn flag(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
}

fn nullability(nullable: bool) -> &'static str {
    if nullable { "nullable" } else { "not null" }
}
