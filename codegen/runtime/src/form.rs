//! `application/x-www-form-urlencoded` request bodies: a record sent as `name=value` pairs
//! joined by `&`, as HTML forms and the many APIs that read them (payment gateways, OAuth token
//! endpoints) take them. A list of text repeats its name (`tag=a&tag=b`); what nests is named
//! by its path in brackets, the convention of Rails, PHP and Stripe (OpenAPI's `deepObject`):
//! `address[city]=Hanoi`, `metadata[order_id]=6735`, `items[0][price]=p1`. The spec checks
//! refuse a form body holding what a form cannot say (`null`, a field of any JSON), so encoding
//! a generated request cannot fail; a hand-made value that does is an error.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::Value;

use crate::params::{percent_decode, percent_encode};

/// The essence of a form media type, with or without parameters (`; charset=utf-8`).
pub fn is_form_media_type(media: &[u8]) -> bool {
    crate::media_essence(media).eq_ignore_ascii_case(b"application/x-www-form-urlencoded")
}

/// A request body in the media type `content_type`: form pairs for a form, else JSON.
pub fn encode_body<T: Serialize + ?Sized>(content_type: &str, body: &T) -> Result<Vec<u8>, String> {
    if is_form_media_type(content_type.as_bytes()) {
        to_form(body)
    } else {
        serde_json::to_vec(body).map_err(|error| error.to_string())
    }
}

/// `value` (a record) as form pairs, members in their order; an absent or `null` member is left
/// out (a form cannot say null). A list of text repeats its name; an object's members and any
/// other list's items are named by their path in brackets (`address[city]`, `items[0][sku]`).
pub fn to_form<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    let value = serde_json::to_value(value).map_err(|error| error.to_string())?;
    let Value::Object(members) = value else {
        return Err(format!(
            "a form body is a record of named fields, not {}",
            kind(&value)
        ));
    };
    let mut out = String::new();
    for (name, value) in &members {
        match value {
            // The flat form every form reader knows: the name once per item.
            Value::Array(items) if items.iter().all(is_scalar) => {
                for item in items {
                    pairs(&mut out, name, item);
                }
            }
            other => pairs(&mut out, name, other),
        }
    }
    Ok(out.into_bytes())
}

/// Appends the pairs of `value` named `name`: a scalar as one pair (a number as JSON writes
/// it, a boolean as `true`/`false`), an object's members and a list's items under `name[key]`
/// and `name[index]`; `null` as nothing.
fn pairs(out: &mut String, name: &str, value: &Value) {
    let text: Cow<'_, str> = match value {
        Value::Null => return,
        Value::Object(members) => {
            for (key, member) in members {
                pairs(out, &format!("{name}[{key}]"), member);
            }
            return;
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pairs(out, &format!("{name}[{index}]"), item);
            }
            return;
        }
        Value::String(text) => Cow::Borrowed(text),
        Value::Number(number) => Cow::Owned(number.to_string()),
        Value::Bool(flag) => Cow::Borrowed(if *flag { "true" } else { "false" }),
    };
    if !out.is_empty() {
        out.push('&');
    }
    out.push_str(&percent_encode(name));
    out.push('=');
    out.push_str(&percent_encode(&text));
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// The most brackets a form name is read through (`a[b][c]…`); a deeper name is one plain name.
const MAX_DEPTH: usize = 32;

/// A form field's name as the path it names: `address[city]` → `["address", "city"]`,
/// `items[0][sku]` → `["items", "0", "sku"]`, `tag[]` → `["tag", ""]` (an item of a list);
/// a plain or malformed name (`a[b`, `a]b`), or one nested deeper than 32, is itself.
pub fn form_path(name: &str) -> Vec<&str> {
    let Some(open) = name.find('[').filter(|open| *open > 0) else {
        return vec![name];
    };
    let mut path = vec![&name[..open]];
    let mut rest = &name[open..];
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return vec![name];
        };
        let Some(close) = inner.find(']') else {
            return vec![name];
        };
        let segment = &inner[..close];
        if segment.contains('[') || path.len() > MAX_DEPTH {
            return vec![name];
        }
        path.push(segment);
        rest = &inner[close + 1..];
    }
    path
}

/// A form's pairs as the JSON record they stand for, every value text: a name given once is
/// its text, one given again (or ending in `[]`) a list of them, and bracketed names nest
/// (`address[city]` a member of `address`; `items[0][sku]` an item of `items`, a list where
/// every key below a name is an index). Types are the reader's to apply (`"7"` as `7`).
pub fn form_record(pairs: &[(String, String)]) -> Value {
    let mut root = Node::default();
    for (name, text) in pairs {
        let path = form_path(name);
        let mut node = &mut root;
        for segment in &path {
            node = node.child(segment);
        }
        node.texts.push(text.clone());
    }
    root.members_value()
}

/// A name's texts and the names below it, in the order they first come.
#[derive(Default)]
struct Node {
    texts: Vec<String>,
    below: indexmap::IndexMap<String, Node>,
}

impl Node {
    fn child(&mut self, segment: &str) -> &mut Node {
        // `tag[]`: another item of the list `tag`, which keeps no name of its own.
        if segment.is_empty() {
            let next = self.below.len().to_string();
            return self.below.entry(next).or_default();
        }
        self.below.entry(segment.to_owned()).or_default()
    }

    /// The value of this name: its text, a list of its texts, or what is below it (a name
    /// given both a text and names below it keeps the text as the member `""`, which no type
    /// has: a reader refuses it by name).
    fn value(mut self) -> Value {
        let texts = std::mem::take(&mut self.texts);
        if self.below.is_empty() {
            return texts_value(texts);
        }
        let indexes: Option<Vec<usize>> = self
            .below
            .keys()
            .map(|key| crate::pointer::index(key))
            .collect();
        match indexes {
            // Every key an index: a list, in index order.
            Some(order) if texts.is_empty() => {
                let mut items: Vec<(usize, Node)> =
                    order.into_iter().zip(self.below.into_values()).collect();
                items.sort_by_key(|(index, _)| *index);
                Value::Array(items.into_iter().map(|(_, node)| node.value()).collect())
            }
            _ => {
                let mut members = self.members_value();
                if let (Value::Object(members), false) = (&mut members, texts.is_empty()) {
                    members.insert(String::new(), texts_value(texts));
                }
                members
            }
        }
    }

    fn members_value(self) -> Value {
        Value::Object(
            self.below
                .into_iter()
                .map(|(key, node)| (key, node.value()))
                .collect(),
        )
    }
}

/// One text as itself, several as a list.
fn texts_value(texts: Vec<String>) -> Value {
    match <[String; 1]>::try_from(texts) {
        Ok([text]) => Value::String(text),
        Err(texts) => Value::Array(texts.into_iter().map(Value::String).collect()),
    }
}

/// Form text as sent (`a=1&b=two%20words+more`, a query string alike) as its pairs, in order,
/// decoded (`+` is a space, as forms write it).
pub fn from_form(text: &str) -> Vec<(String, String)> {
    let decoded = |text: &str| percent_decode(&text.replace('+', " "));
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decoded(name), decoded(value))
        })
        .collect()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn form(value: Value) -> Result<String, String> {
        to_form(&value).map(|bytes| String::from_utf8(bytes).expect("ASCII"))
    }

    #[test]
    fn a_record_is_sent_as_pairs_in_its_order_and_a_list_repeats_its_name() {
        assert_eq!(
            form(
                json!({"amount": 10000, "note": "Hà Nội & co=1", "paid": false, "tag": ["a", "b"], "gone": null})
            ),
            Ok(
                "amount=10000&note=H%C3%A0%20N%E1%BB%99i%20%26%20co%3D1&paid=false&tag=a&tag=b"
                    .to_owned()
            )
        );
        assert_eq!(form(json!({})), Ok(String::new()));
        let sent = form(json!({"note": "Hà Nội & co=1", "tag": ["a", "b"]})).expect("a form");
        assert_eq!(
            from_form(&sent),
            [
                ("note".to_owned(), "Hà Nội & co=1".to_owned()),
                ("tag".to_owned(), "a".to_owned()),
                ("tag".to_owned(), "b".to_owned())
            ],
            "read back as sent"
        );
        assert_eq!(
            from_form("a+b=c+d&&flag"),
            [
                ("a b".to_owned(), "c d".to_owned()),
                ("flag".to_owned(), String::new())
            ]
        );
    }

    #[test]
    fn what_nests_is_named_by_its_path_in_brackets() {
        let sent = form(json!({
            "email": "a@b.vn",
            "address": {"city": "Hà Nội", "line1": null},
            "metadata": {"order_id": "6735"},
            "items": [{"price": "p1", "quantity": 2}, {"price": "p2"}],
            "rows": [[1, 2]],
        }))
        .expect("a form");
        assert_eq!(
            sent,
            "email=a%40b.vn&address%5Bcity%5D=H%C3%A0%20N%E1%BB%99i&metadata%5Border_id%5D=6735\
             &items%5B0%5D%5Bprice%5D=p1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=p2\
             &rows%5B0%5D%5B0%5D=1&rows%5B0%5D%5B1%5D=2"
        );
        // Read back: the record it was made from, every value text.
        assert_eq!(
            form_record(&from_form(&sent)),
            json!({
                "email": "a@b.vn",
                "address": {"city": "Hà Nội"},
                "metadata": {"order_id": "6735"},
                "items": [{"price": "p1", "quantity": "2"}, {"price": "p2"}],
                "rows": [["1", "2"]],
            })
        );
        assert!(form(json!([1, 2])).is_err());
    }

    #[test]
    fn a_form_name_is_read_as_its_bracketed_path() {
        for (name, path) in [
            ("amount", vec!["amount"]),
            ("address[city]", vec!["address", "city"]),
            ("items[0][sku]", vec!["items", "0", "sku"]),
            ("tag[]", vec!["tag", ""]),
            // Malformed: the name as it is.
            ("a[b", vec!["a[b"]),
            ("a]b", vec!["a]b"]),
            ("a[b]c", vec!["a[b]c"]),
            ("[x]", vec!["[x]"]),
            ("a[b[c]]", vec!["a[b[c]]"]),
        ] {
            assert_eq!(form_path(name), path, "{name}");
        }
        let deep = format!("a{}", "[b]".repeat(40));
        assert_eq!(form_path(&deep), [deep.as_str()]);
    }

    #[test]
    fn pairs_make_the_record_they_stand_for() {
        let pairs = |text: &str| form_record(&from_form(text));
        assert_eq!(
            pairs("tag=a&tag=b&one=1"),
            json!({"tag": ["a", "b"], "one": "1"})
        );
        assert_eq!(pairs("tag[]=a&tag[]=b"), json!({"tag": ["a", "b"]}));
        // Indexes in any order make a list in index order; any other key an object.
        assert_eq!(pairs("x[1]=b&x[0]=a"), json!({"x": ["a", "b"]}));
        assert_eq!(pairs("x[1]=b&x[k]=a"), json!({"x": {"1": "b", "k": "a"}}));
        // A huge index costs one item, not a list that long.
        assert_eq!(pairs("x[999999999999]=a"), json!({"x": ["a"]}));
        // A name given a text and names below it keeps the text where no type has a member.
        assert_eq!(pairs("a=1&a[b]=2"), json!({"a": {"b": "2", "": "1"}}));
    }

    #[test]
    fn the_body_follows_the_media_type() {
        let body = json!({"a": 1});
        assert_eq!(
            encode_body("application/x-www-form-urlencoded; charset=utf-8", &body),
            Ok(b"a=1".to_vec())
        );
        assert_eq!(
            encode_body("application/json", &body),
            Ok(br#"{"a":1}"#.to_vec())
        );
        assert!(is_form_media_type(b" Application/X-WWW-Form-Urlencoded "));
        assert!(!is_form_media_type(b"multipart/form-data"));
    }
}
