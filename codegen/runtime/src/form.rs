//! `application/x-www-form-urlencoded` request bodies: a flat record sent as `name=value`
//! pairs joined by `&`, a list as its name repeated (`tag=a&tag=b`), as HTML forms and the
//! many APIs that read them (payment gateways, OAuth token endpoints) take them. The spec
//! checks refuse a form body whose fields are not text, numbers, booleans or lists of them,
//! so encoding a generated request cannot fail; a hand-made value that nests is an error.

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
/// out (a form cannot say null), a list sends its name once per item.
pub fn to_form<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    let value = serde_json::to_value(value).map_err(|error| error.to_string())?;
    let Value::Object(members) = value else {
        return Err(format!(
            "a form body is a record of named fields, not {}",
            kind(&value)
        ));
    };
    let mut out = String::new();
    let mut pair = |name: &str, value: &Value| -> Result<(), String> {
        let text = text(name, value)?;
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&percent_encode(name));
        out.push('=');
        out.push_str(&percent_encode(&text));
        Ok(())
    };
    for (name, value) in &members {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                for item in items.iter().filter(|item| !item.is_null()) {
                    pair(name, item)?;
                }
            }
            other => pair(name, other)?,
        }
    }
    Ok(out.into_bytes())
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

/// A form value's text: a string as it is, a number as JSON writes it, a boolean as
/// `true`/`false`.
fn text<'v>(name: &str, value: &'v Value) -> Result<Cow<'v, str>, String> {
    match value {
        Value::String(text) => Ok(Cow::Borrowed(text)),
        Value::Number(number) => Ok(Cow::Owned(number.to_string())),
        Value::Bool(flag) => Ok(Cow::Borrowed(if *flag { "true" } else { "false" })),
        other => Err(format!(
            "the form field `{name}` holds {}; a form carries text, numbers and booleans (a list of them repeats the name)",
            kind(other)
        )),
    }
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
    fn what_a_form_cannot_carry_is_an_error_naming_the_field() {
        let error = form(json!({"buyer": {"name": "x"}})).expect_err("nested");
        assert!(error.contains("`buyer` holds an object"), "{error}");
        let error = form(json!({"rows": [[1]]})).expect_err("a list of lists");
        assert!(error.contains("`rows` holds a list"), "{error}");
        assert!(form(json!([1, 2])).is_err());
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
