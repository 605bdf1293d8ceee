//! Keeping specs in step with vendor docs.
//!
//! ```text
//! vendor page (Markdown, HTML) ─blocks─▶ headings, code, tables, text ─page─▶ Page (calls, tables, examples)
//!     ├─import─▶ Draft ─▶ draft spec YAML + example files
//!     └─drift (with the curated spec's IR)─▶ DriftReport: rows added, removed, changed
//! old spec IR + new spec IR ─changes─▶ classified Changes ─▶ semver Bump
//! released schema sets + generated schemas ─release─▶ the new release, its index, the changelog
//! ```
//!
//! `cargo xtask import`, `cargo xtask drift` and `cargo xtask diff` are shells over this crate.

mod blocks;
mod bullets;
pub mod changes;
pub mod drift;
mod gitbook;
mod html;
pub mod import;
mod language;
mod loose_json;
mod markup;
pub mod page;
pub mod page_text;
mod paths;
mod readme_blocks;
pub mod release;
pub mod schema_changes;
mod schema_ids;
pub mod sections;
mod table;
pub mod type_word;

pub use language::Language;
