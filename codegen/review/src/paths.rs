//! Tables that flatten nested objects into rows named by a path (`customer.email`,
//! `items[].sku`, `items[0].sku`, `items.[].sku`): each row split at its first step, so that
//! the importer drafts a type per parent and drift compares each part with its own type.

use crate::page::Row;

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
}
