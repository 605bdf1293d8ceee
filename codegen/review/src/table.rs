//! A table as read from a page: its heading, what it lists and its rows. The page reader
//! (`page.rs`) makes them, and the readers of list items (`bullets.rs`) and row paths
//! (`paths.rs`) shape them, so they live apart from all three.

/// A table and the heading it is under.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The closest heading above the table (the page title when there is none), cleaned of markup.
    pub heading: String,
    /// The 1-based line the table starts on.
    pub line: usize,
    /// Fields (a type column) or enum values (no type column).
    pub kind: TableKind,
    /// Whether the column headers are English (`Attributes`, `Type`…) rather than Vietnamese.
    pub english_headers: bool,
    /// The rows, in order.
    pub rows: Vec<Row>,
    /// The HTTP status a line right above the table names (`201 (the new prompt)`, `400
    /// (validation failed), 401 (…)`): whose body it lists.
    pub status: Option<u16>,
}

/// What a table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// Fields or parameters: name, type word, maybe required, description.
    Fields,
    /// Values of an enum: value and description.
    Values,
}

/// A row of a table, its cells cleaned of markup (`<br>` kept as a line break).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The field name, or the enum value.
    pub name: String,
    /// The type word, verbatim (`List Object`, `yyyy-mm-dd`); `None` in a table of values.
    pub type_word: Option<String>,
    /// The required mark read as a flag; `None` when the table has no such column.
    pub required: Option<bool>,
    /// From a `Not Null` column, where there is one: `Some(false)` means `null` is allowed.
    pub not_null: Option<bool>,
    /// The description as the doc writes it (its first description column).
    pub description: String,
    /// A second, English description column (`Mô tả` and `Description` side by side).
    pub description_en: Option<String>,
    /// Whether a source column (in a rendered reference) says the row comes from an example,
    /// not from the vendor's table.
    pub from_example: bool,
    /// The spec's own type expression, where a rendered reference states it beside the doc's
    /// word (`list of string`, `Website`).
    pub spec_type: Option<String>,
    /// Where a parameter goes (`path`, `query`, `header`), in a table of parameters.
    pub location: Option<String>,
    /// The 1-based line of the row.
    pub line: usize,
}
