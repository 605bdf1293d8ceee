//! Spec text as a tree, and the one writer that prints it: what writes specs (the importer's
//! drafts, a service's `defaults:`, an auth scheme) builds a [`Block`] of keys, list items,
//! comments and blank lines, and [`Block::to_yaml`] indents each level and quotes every scalar
//! by [`yaml::scalar`](crate::spec_scalar)'s rule. So a written spec is valid YAML by
//! construction: no caller writes a colon, a brace or an indent of its own.
//!
//! The layout is the one `specs/README.md` shows: a mapping or list in block style, one key per
//! line; a field, a header or an enum value as one flow mapping on its line
//! (`email: { type: string, required: true }`); review notes as `# REVIEW:` comments above a
//! key or after its value.

use std::fmt::Write as _;

use crate::yaml::scalar;

/// A mapping or a list in block style, in the order written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq)]
enum Line {
    Comment(String),
    Blank,
    Entry {
        key: Scalar,
        value: Node,
        comment: Option<String>,
    },
    Item {
        value: Flow,
        comment: Option<String>,
    },
    BlockItem(Block),
}

/// A value: a scalar or flow collection on its key's line, or a block below it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Written on the key's (or the list item's) line.
    Flow(Flow),
    /// Written on the lines below, indented one level.
    Block(Block),
}

/// A value written on one line: a scalar, `{ key: value, … }` or `[value, …]`.
#[derive(Debug, Clone, PartialEq)]
pub enum Flow {
    /// A scalar.
    Scalar(Scalar),
    /// A flow mapping, in the order written.
    Map(Vec<(Scalar, Flow)>),
    /// A flow sequence.
    Seq(Vec<Flow>),
}

/// A scalar: text (quoted where a reader could take it for anything else), or a number or a
/// boolean written as one.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// Text.
    Text(String),
    /// A whole number.
    Integer(i128),
    /// A number with a fraction, written as Rust's shortest form reads back (`0.25`).
    Number(f64),
    /// `true` or `false`.
    Bool(bool),
}

impl From<&str> for Scalar {
    fn from(text: &str) -> Self {
        Scalar::Text(text.to_owned())
    }
}

impl From<String> for Scalar {
    fn from(text: String) -> Self {
        Scalar::Text(text)
    }
}

impl From<&String> for Scalar {
    fn from(text: &String) -> Self {
        Scalar::Text(text.clone())
    }
}

impl From<bool> for Scalar {
    fn from(value: bool) -> Self {
        Scalar::Bool(value)
    }
}

impl From<u16> for Scalar {
    fn from(value: u16) -> Self {
        Scalar::Integer(value.into())
    }
}

impl From<u64> for Scalar {
    fn from(value: u64) -> Self {
        Scalar::Integer(value.into())
    }
}

impl<T: Into<Scalar>> From<T> for Flow {
    fn from(value: T) -> Self {
        Flow::Scalar(value.into())
    }
}

impl<T: Into<Scalar>> From<T> for Node {
    fn from(value: T) -> Self {
        Node::Flow(Flow::Scalar(value.into()))
    }
}

impl From<Block> for Node {
    fn from(block: Block) -> Self {
        Node::Block(block)
    }
}

impl From<Flow> for Node {
    fn from(flow: Flow) -> Self {
        Node::Flow(flow)
    }
}

impl Scalar {
    /// Writes the scalar as a mapping's key; true when it is too long for YAML's implicit key
    /// (1,024 characters) and is written as an explicit one (`? key`), whose `:` the caller
    /// puts after a line break (block) or a space (flow).
    fn write_key(&self, out: &mut String) -> bool {
        let start = out.len();
        self.write(out);
        let long = out[start..].chars().count() > 1000;
        if long {
            out.insert_str(start, "? ");
        }
        long
    }

    fn write(&self, out: &mut String) {
        match self {
            Scalar::Text(text) => out.push_str(&scalar(text)),
            Scalar::Integer(integer) => {
                let _ = write!(out, "{integer}");
            }
            Scalar::Number(number) => {
                let _ = write!(out, "{number}");
            }
            Scalar::Bool(value) => {
                let _ = write!(out, "{value}");
            }
        }
    }
}

impl Flow {
    /// A value of the spec model (`spec::FieldDef`, `spec::HeaderDef`, …) as written on one
    /// line: its keys in the order the model declares them, absent ones left out. The model
    /// is the one definition of the keys a spec may hold, so a value built from it holds no
    /// other.
    pub fn of<T: serde::Serialize>(value: &T) -> Flow {
        match serde_json::to_value(value) {
            Ok(value) => Flow::from_json(&value),
            // The spec model's maps are keyed by text, so this is not reached; the text stands
            // where the value would, and the spec checks name it.
            Err(error) => Flow::from(format!("unwritable: {error}")),
        }
    }

    fn from_json(value: &serde_json::Value) -> Flow {
        use serde_json::Value;
        match value {
            Value::Null => Flow::Map(Vec::new()),
            Value::Bool(value) => Flow::from(*value),
            Value::Number(number) => Flow::Scalar(match (number.as_i64(), number.as_u64()) {
                (Some(integer), _) => Scalar::Integer(integer.into()),
                (_, Some(integer)) => Scalar::Integer(integer.into()),
                _ => {
                    let number = number.as_f64().unwrap_or_default();
                    // A whole bound (`maximum: 500.0` in the model) is written as `500`.
                    if number.fract() == 0.0 && number.abs() < 1e18 {
                        Scalar::Integer(number as i128)
                    } else {
                        Scalar::Number(number)
                    }
                }
            }),
            Value::String(text) => Flow::from(text),
            Value::Array(items) => Flow::Seq(
                items
                    .iter()
                    .filter(|item| !item.is_null())
                    .map(Flow::from_json)
                    .collect(),
            ),
            Value::Object(entries) => Flow::Map(
                entries
                    .iter()
                    .filter(|(_, value)| !value.is_null())
                    .map(|(key, value)| (Scalar::from(key), Flow::from_json(value)))
                    .collect(),
            ),
        }
    }

    /// A flow mapping of `entries`.
    pub fn map<K: Into<Scalar>>(entries: impl IntoIterator<Item = (K, Flow)>) -> Flow {
        Flow::Map(
            entries
                .into_iter()
                .map(|(key, value)| (key.into(), value))
                .collect(),
        )
    }

    /// A flow sequence of `items`.
    pub fn seq<T: Into<Flow>>(items: impl IntoIterator<Item = T>) -> Flow {
        Flow::Seq(items.into_iter().map(Into::into).collect())
    }

    /// The value as written on its line (`{ api_key: { header: Api-Key } }`).
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Flow::Scalar(scalar) => scalar.write(out),
            Flow::Map(entries) if entries.is_empty() => out.push_str("{}"),
            Flow::Map(entries) => {
                out.push_str("{ ");
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    if key.write_key(out) {
                        out.push(' ');
                    }
                    out.push_str(": ");
                    value.write(out);
                }
                out.push_str(" }");
            }
            Flow::Seq(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    item.write(out);
                }
                out.push(']');
            }
        }
    }
}

impl Block {
    /// An empty block.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether nothing has been written into it.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// A comment line (`text` without its `# `); a text of several lines is one comment line
    /// each.
    pub fn comment(&mut self, text: impl AsRef<str>) {
        for line in text.as_ref().lines() {
            self.lines.push(Line::Comment(line.to_owned()));
        }
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.lines.push(Line::Blank);
    }

    /// `key: value`.
    pub fn entry(&mut self, key: impl Into<Scalar>, value: impl Into<Node>) {
        self.entry_noted(key, value, None);
    }

    /// `key: value  # comment` (the comment after a block's key when the value is a block).
    pub fn entry_noted(
        &mut self,
        key: impl Into<Scalar>,
        value: impl Into<Node>,
        comment: Option<String>,
    ) {
        self.lines.push(Line::Entry {
            key: key.into(),
            value: value.into(),
            comment,
        });
    }

    /// `- value` (`- value  # comment`).
    pub fn item(&mut self, value: impl Into<Flow>, comment: Option<String>) {
        self.lines.push(Line::Item {
            value: value.into(),
            comment,
        });
    }

    /// A list item that is a block: its first line on the dash's line, the rest below it.
    pub fn block_item(&mut self, block: Block) {
        self.lines.push(Line::BlockItem(block));
    }

    /// A block mapping of `flow`'s entries (each value still on its key's line); empty for a
    /// value that is no mapping.
    pub fn of_map(flow: Flow) -> Block {
        let mut block = Block::new();
        if let Flow::Map(entries) = flow {
            for (key, value) in entries {
                block.entry(key, value);
            }
        }
        block
    }

    /// Puts `comment` after the value of the entry `key` (on a line of its own when there is
    /// no such entry).
    pub fn note(&mut self, key: &str, comment: String) {
        for line in &mut self.lines {
            if let Line::Entry {
                key: Scalar::Text(name),
                comment: slot,
                ..
            } = line
                && name == key
            {
                *slot = Some(comment);
                return;
            }
        }
        self.comment(comment);
    }

    /// The lines of `other`, at this block's level.
    pub fn append(&mut self, other: Block) {
        self.lines.extend(other.lines);
    }

    /// The block as spec text, at the top level; every line ends with a newline.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        self.write(0, None, &mut out);
        out
    }

    /// Writes the lines at `indent` spaces; `first` is what the first line starts with instead
    /// of its indent (the `- ` of the list item it is).
    fn write(&self, indent: usize, mut first: Option<&str>, out: &mut String) {
        for line in &self.lines {
            if matches!(line, Line::Blank) {
                out.push('\n');
                continue;
            }
            let start = first
                .take()
                .map_or_else(|| " ".repeat(indent), str::to_owned);
            match line {
                Line::Blank => {}
                Line::Comment(text) => {
                    out.push_str(&start);
                    out.push_str("# ");
                    push_comment(text, out);
                    out.push('\n');
                }
                Line::Entry {
                    key,
                    value,
                    comment,
                } => {
                    out.push_str(&start);
                    if key.write_key(out) {
                        out.push('\n');
                        out.extend(std::iter::repeat_n(' ', indent));
                    }
                    out.push(':');
                    write_value(value, comment.as_deref(), indent, out);
                }
                Line::Item {
                    value: flow,
                    comment,
                } => {
                    out.push_str(&start);
                    out.push_str("- ");
                    flow.write(out);
                    end_line(comment.as_deref(), out);
                }
                Line::BlockItem(block) => {
                    block.write(indent + 2, Some(&format!("{start}- ")), out);
                }
            }
        }
    }
}

/// A key's value after its `:`, then the rest of its line and any lines below it.
fn write_value(value: &Node, comment: Option<&str>, indent: usize, out: &mut String) {
    match value {
        Node::Flow(flow) => {
            out.push(' ');
            flow.write(out);
            end_line(comment, out);
        }
        Node::Block(block) if block.is_empty() => {
            out.push_str(" {}");
            end_line(comment, out);
        }
        Node::Block(block) => {
            end_line(comment, out);
            block.write(indent + 2, None, out);
        }
    }
}

fn end_line(comment: Option<&str>, out: &mut String) {
    if let Some(comment) = comment {
        out.push_str("  # ");
        push_comment(comment, out);
    }
    out.push('\n');
}

/// A comment's text on one line: a line break or other control character in it (a page's
/// words quoted in a review note) would end the comment and start YAML, so each is a space.
fn push_comment(text: &str, out: &mut String) {
    out.extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_flows_comments_and_list_items_are_written_in_the_spec_layout() {
        let mut fields = Block::new();
        fields.entry_noted(
            "email",
            Flow::map([("type", "string".into()), ("required", true.into())]),
            Some("REVIEW: check it".to_owned()),
        );
        fields.entry("tags", Flow::map([("items", Flow::seq(["a: b", "c"]))]));
        let mut rule = Block::new();
        rule.entry("any_of_required", Flow::seq(["email", "phone"]));
        rule.entry("en", "One of them");
        let mut rules = Block::new();
        rules.block_item(rule);
        rules.item(
            Flow::map([("value", "on".into())]),
            Some("a note".to_owned()),
        );
        let mut doc = Block::new();
        doc.comment("Drafted.\nTwo lines.");
        doc.entry("service", "shop");
        doc.entry("servers", Block::new());
        doc.blank();
        doc.entry("fields", fields);
        doc.entry("rules", rules);
        doc.entry(404u16, Flow::map([("first_page", 0u64.into())]));
        assert_eq!(
            doc.to_yaml(),
            "# Drafted.\n# Two lines.\nservice: shop\nservers: {}\n\nfields:\n  email: { type: string, required: true }  # REVIEW: check it\n  tags: { items: [\"a: b\", c] }\nrules:\n  - any_of_required: [email, phone]\n    en: One of them\n  - { value: \"on\" }  # a note\n404: { first_page: 0 }\n"
        );
    }

    #[test]
    fn a_model_value_is_written_with_its_keys_in_the_models_order_and_what_it_lacks_left_out() {
        use crate::spec::{FieldDef, unplaced};
        let mut field = FieldDef::of_type("list");
        field.en = Some(unplaced("Tags: at most 3".to_owned()));
        field.max_items = Some(unplaced(3));
        field.items = Some(Box::new(unplaced(FieldDef::of_type("string"))));
        field.minimum = Some(unplaced(0.5));
        field.maximum = Some(unplaced(500.0));
        assert_eq!(
            Flow::of(&field).to_yaml(),
            "{ type: list, items: { type: string }, minimum: 0.5, maximum: 500, max_items: 3, en: \"Tags: at most 3\" }"
        );
        // What the model reads back is what was built.
        let read: FieldDef = crate::yaml::parse("field.yaml", &Flow::of(&field).to_yaml())
            .expect("the written field reads back");
        assert_eq!(Flow::of(&read), Flow::of(&field));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 512,
            failure_persistence: None,
            ..Default::default()
        })]

        /// Whatever a page says (keys, values and review notes with quotes, colons, `#`,
        /// braces, line breaks, any script), the written spec is YAML that reads back as built.
        #[test]
        fn any_text_written_anywhere_reads_back_as_built(
            key in "\\PC{0,12}|[:#{}\\[\\],'\"!&*|>%@` \\-?]{1,6}|yes|no|null|1\\.0|~",
            value in "\\PC{0,24}|[:#{}\\[\\],'\"\n\t\r!&*|>%@` \\-?]{1,8}|true|off|0x1F|1e3|-",
            note in "\\PC{0,24}|[#\n\r:]{1,5}",
        ) {
            // The test's own keys, which a key of the same text would repeat.
            proptest::prop_assume!(!["flow", "list", "n"].contains(&key.as_str()));
            let mut item = Block::new();
            item.entry_noted(key.as_str(), value.as_str(), Some(note.clone()));
            item.entry("n", Scalar::Integer(-3));
            let mut list = Block::new();
            list.block_item(item);
            list.item(Flow::map([(key.as_str(), Flow::seq([value.as_str(), "x"]))]), Some(note.clone()));
            let mut doc = Block::new();
            doc.comment(&note);
            doc.entry_noted("flow", Flow::map([(key.as_str(), Flow::from(value.as_str()))]), Some(note.clone()));
            doc.entry("list", list);
            doc.blank();
            doc.entry(key.as_str(), Block::new());
            let written = doc.to_yaml();
            let read: serde_json::Value = serde_saphyr::from_str(&written)
                .map_err(|error| proptest::test_runner::TestCaseError::fail(format!("{error}\n{written}")))?;
            let mut expected = serde_json::json!({
                "flow": { key.clone(): value.clone() },
                "list": [
                    { key.clone(): value.clone(), "n": -3 },
                    { key.clone(): [value.clone(), "x"] }
                ],
            });
            expected[key.as_str()] = serde_json::json!({});
            proptest::prop_assert_eq!(read, expected, "{}", written);
        }
    }

    #[test]
    fn a_key_too_long_for_yaml_to_take_implicitly_is_written_explicitly() {
        let key = "k: ".repeat(700);
        let mut inner = Block::new();
        inner.entry(key.as_str(), "v");
        let mut doc = Block::new();
        doc.entry(key.as_str(), Flow::map([(key.as_str(), Flow::from("w"))]));
        doc.entry_noted("block", inner, Some("note".to_owned()));
        let written = doc.to_yaml();
        let read: serde_json::Value = serde_saphyr::from_str(&written).expect("valid YAML");
        assert_eq!(read[key.as_str()][key.as_str()], "w", "{written}");
        assert_eq!(read["block"][key.as_str()], "v", "{written}");
    }

    #[test]
    fn numbers_are_written_as_numbers_and_text_that_looks_like_one_is_quoted() {
        assert_eq!(Flow::from("500").to_yaml(), "\"500\"");
        assert_eq!(Flow::from(Scalar::Number(0.25)).to_yaml(), "0.25");
    }
}
