//! Tables that flatten nested objects into rows named by a path (`customer.email`,
//! `items[].sku`, `items[0].sku`, `items.[].sku`): each row split at its first step, so that
//! the importer drafts a type per parent and drift compares each part with its own type.
//! Tables that instead mark a nested row with a tree glyph under its parent (`└ email`,
//! `+ email`, `-- city`) are first renamed to those paths ([`nest_marked`]).

use crate::table::Row;
use crate::type_word::SpecType;

/// Renames rows marked as nested (`└ email`, `├─ email`, `↳ email`, `+ email`, `- email`,
/// `│ └ city` or `++ city` a level deeper) to their paths below the nearest row one level up
/// (`customer.email`, `items[].sku` when that row is a list). A marked row with no such row
/// above it keeps its bare name. Tables without marks are left as they are.
pub fn nest_marked(rows: &mut [Row]) {
    if !rows.iter().any(|row| marked(&row.name).0 > 0) {
        return;
    }
    // The path of the last row at each level, and whether it is a list.
    let mut parents: Vec<(String, bool)> = Vec::new();
    for row in rows.iter_mut() {
        let (depth, name) = marked(&row.name);
        let name = name.to_owned();
        let list = row.type_word.as_deref().is_some_and(|word| {
            matches!(
                SpecType::of(word),
                SpecType::ListOfUnstated | SpecType::ListOf(_)
            )
        });
        parents.truncate(depth);
        let path = match parents.get(depth.wrapping_sub(1)) {
            Some((parent, true)) if depth > 0 => format!("{parent}[].{name}"),
            Some((parent, false)) if depth > 0 => format!("{parent}.{name}"),
            _ => name,
        };
        if parents.len() == depth {
            parents.push((path.clone(), list));
        }
        row.name = path;
    }
}

/// Marks the rows of a table whose first cell is indented (`&nbsp;&nbsp;city`, as pages
/// rendered from word processors nest a field under the one above) with a tree glyph per
/// level, so that [`nest_marked`] nests them: the distinct indentations of the column, least
/// first, are the levels. `raw` holds each row's first cell as written, the header row first;
/// only cells that name a field (maybe after glyphs of their own) are marked.
pub(crate) fn mark_indented(rows: &mut [(usize, Vec<String>)], raw: &[String]) {
    let indents: Vec<usize> = raw.iter().skip(1).map(|cell| indentation(cell)).collect();
    if indents.iter().all(|indent| *indent == 0) {
        return;
    }
    let mut levels = indents.clone();
    levels.sort_unstable();
    levels.dedup();
    for ((_, cells), indent) in rows.iter_mut().skip(1).zip(indents) {
        let level = levels.iter().position(|at| *at == indent).unwrap_or(0);
        let Some(first) = cells.first_mut() else {
            continue;
        };
        let name = marked(first).1.trim_matches(['`', '*']);
        if level > 0 && crate::bullets::is_field_name(name) {
            *first = format!("{}{first}", "└ ".repeat(level));
        }
    }
}

/// How far `raw` (a cell's markup) is indented by non-breaking or em spaces, the one blank a
/// table cell keeps at its start: each counts one.
fn indentation(raw: &str) -> usize {
    const BLANKS: [&str; 9] = [
        "&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&emsp;", "&ensp;", "\u{a0}", "\u{2003}",
        "\u{3000}",
    ];
    let mut rest = raw.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let mut count = 0;
    while let Some(after) = BLANKS.iter().find_map(|blank| rest.strip_prefix(blank)) {
        count += 1;
        rest = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
    }
    count
}

/// How deep a row's tree marks put it, and its name without them: `└ email` is 1 deep,
/// `│ └ city` and `++ city` 2; a plain name is 0.
fn marked(name: &str) -> (usize, &str) {
    const LEVEL: [char; 10] = ['└', '├', '│', '↳', '›', '»', '∟', '⤷', '+', '-'];
    const DECORATION: [char; 3] = ['─', ' ', '\u{a0}'];
    let rest = name.trim_start_matches(|c: char| LEVEL.contains(&c) || DECORATION.contains(&c));
    let marks = &name[..name.len() - rest.len()];
    // `+` and `-` are marks only apart from the name (`- email`); a glyph may touch it
    // (`└email`). `├─` is one level (the line is decoration); `--` is two, as `++` is.
    let separated =
        marks.ends_with([' ', '\u{a0}', '─']) || marks.chars().any(|c| !"+- ".contains(c));
    let depth = marks.chars().filter(|c| LEVEL.contains(c)).count();
    if depth == 0 || rest.is_empty() || !separated {
        return (0, name);
    }
    (depth, rest.trim())
}

/// The rows below one parent field, renamed to the rest of their paths.
pub struct Group {
    /// The parent field's name (`customer`).
    pub parent: String,
    /// Whether a path marks the parent as a list (`items[]`).
    pub list: bool,
    /// The rows below it, in order, named by the rest of their paths (`email`, `address.city`).
    pub rows: Vec<Row>,
    /// Where its first row stood among the rows the table keeps.
    pub at: usize,
}

/// A table's rows: those with plain names, kept in order, and a group per parent field of
/// the rows named by a path, in the order of their first row.
pub fn split(rows: Vec<Row>) -> (Vec<Row>, Vec<Group>) {
    let mut kept: Vec<Row> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    for row in rows {
        let Some((parent, list, rest)) = step(&row.name) else {
            kept.push(row);
            continue;
        };
        let child = Row { name: rest, ..row };
        match groups.iter_mut().find(|group| group.parent == parent) {
            Some(group) => {
                group.list |= list;
                group.rows.push(child);
            }
            None => groups.push(Group {
                parent,
                list,
                rows: vec![child],
                at: kept.len(),
            }),
        }
    }
    (kept, groups)
}

/// A field path split at its first step: the parent field, whether it is a list, and the
/// rest; `None` for a plain name.
pub fn step(name: &str) -> Option<(String, bool, String)> {
    let (head, rest) = name.split_once('.')?;
    let (head, list) = match head.split_once('[') {
        Some((head, index)) if index.ends_with(']') => (head, true),
        Some(_) => return None,
        None => (head, false),
    };
    // `items.[].sku`, as some tables write a list's items.
    let (rest, list) = match rest.strip_prefix("[].") {
        Some(rest) => (rest, true),
        None => (rest, list),
    };
    (!head.is_empty() && !rest.is_empty()).then(|| (head.to_owned(), list, rest.to_owned()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_field_path_splits_at_its_first_step() {
        let step = |name: &str| super::step(name);
        let some =
            |parent: &str, list: bool, rest: &str| Some((parent.to_owned(), list, rest.to_owned()));
        assert_eq!(step("customer.email"), some("customer", false, "email"));
        assert_eq!(step("items[].sku"), some("items", true, "sku"));
        assert_eq!(step("items[0].sku"), some("items", true, "sku"));
        assert_eq!(step("items.[].sku"), some("items", true, "sku"));
        assert_eq!(step("a.b.c"), some("a", false, "b.c"));
        for plain in ["email", ".email", "customer.", "items[.sku"] {
            assert_eq!(step(plain), None, "{plain}");
        }
    }

    /// The names of rows `(name, type word)` after [`super::nest_marked`].
    /// The first cells of a table written as `raw` (header first), marked by indentation.
    fn indented(raw: &[&str]) -> Vec<String> {
        let mut rows: Vec<(usize, Vec<String>)> = raw
            .iter()
            .enumerate()
            .map(|(line, cell)| (line, vec![crate::markup::clean(cell)]))
            .collect();
        let raw: Vec<String> = raw.iter().map(|cell| (*cell).to_owned()).collect();
        super::mark_indented(&mut rows, &raw);
        rows.into_iter()
            .skip(1)
            .map(|(_, cells)| cells[0].clone())
            .collect()
    }

    #[test]
    fn indentation_nests_a_row_a_level_per_distinct_width() {
        let nbsp2 = "&nbsp;&nbsp;";
        assert_eq!(
            indented(&[
                "Field",
                "customer",
                &format!("{nbsp2}name"),
                &format!("{nbsp2}{nbsp2}city"),
                "\u{a0}\u{a0}└ zip",
                "total"
            ]),
            ["customer", "└ name", "└ └ city", "└ └ zip", "total"]
        );
        assert_eq!(
            indented(&["Field", "&nbsp;a", "&nbsp;b"]),
            ["a", "b"],
            "every row indented alike: no level"
        );
        assert_eq!(
            indented(&["Field", "a", "&nbsp;two words"]),
            ["a", "two words"],
            "not a field's name"
        );
    }

    fn nested(given: &[(&str, &str)]) -> Vec<String> {
        let mut rows: Vec<crate::table::Row> = given
            .iter()
            .map(|(name, ty)| crate::table::Row {
                name: (*name).to_owned(),
                type_word: Some((*ty).to_owned()),
                ..crate::table::Row::default()
            })
            .collect();
        super::nest_marked(&mut rows);
        rows.into_iter().map(|row| row.name).collect()
    }

    #[test]
    fn rows_marked_with_tree_glyphs_are_named_by_their_paths() {
        assert_eq!(
            nested(&[
                ("customer", "object"),
                ("└ email", "string"),
                ("├─ phone", "string"),
                ("note", "string")
            ]),
            ["customer", "customer.email", "customer.phone", "note"]
        );
        assert_eq!(
            nested(&[
                ("items", "array"),
                ("+ sku", "string"),
                ("+ options", "object"),
                ("++ color", "string")
            ]),
            [
                "items",
                "items[].sku",
                "items[].options",
                "items[].options.color"
            ]
        );
        assert_eq!(
            nested(&[
                ("data", "object"),
                ("- id", "string"),
                ("- address", "object"),
                ("-- city", "string"),
                ("│ └ ward", "string")
            ]),
            [
                "data",
                "data.id",
                "data.address",
                "data.address.city",
                "data.address.ward"
            ]
        );
        assert_eq!(
            nested(&[("└ orphan", "string"), ("total", "number")]),
            ["orphan", "total"]
        );
        assert_eq!(
            nested(&[
                ("email", "string"),
                ("-1", "integer"),
                ("+84 phone", "string")
            ]),
            ["email", "-1", "+84 phone"]
        );
    }
}
