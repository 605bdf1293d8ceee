//! Path, query and header parameters: what a spec declares ([`ParamInfo`]), and the values of
//! one call, encoded ([`ParamValues`]). Values are percent-encoded per RFC 3986: every byte
//! but the unreserved characters (`A-Z a-z 0-9 - . _ ~`) becomes `%XX`, so `Hà Nội` is
//! `H%C3%A0%20N%E1%BB%99i`, and the request target built here is exactly the one sent (and
//! signed, for schemes that sign it).

use std::fmt::{self, Display, Write as _};

use serde::{Deserialize, Serialize};

use crate::validate::Validate;

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    /// A `{name}` segment of the path.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
}

impl ParamLocation {
    /// `path`, `query` or `header`, as specs and OpenAPI write it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
        }
    }
}

/// How a list-valued query parameter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueryStyle {
    /// One key, the values joined by commas: `ids=1,2,3` (a comma inside a value is `%2C`).
    Comma,
    /// One key, the values joined by encoded commas, for servers that want them so:
    /// `ids=1%2C2%2C3` (a comma inside a value is `%2C` too, so it cannot be told apart).
    CommaEncoded,
    /// The key repeated: `ids=1&ids=2&ids=3`.
    Repeat,
}

/// A parameter the spec declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamInfo {
    /// The name on the wire.
    pub name: &'static str,
    /// Where it goes.
    pub location: ParamLocation,
    /// Whether every call carries it.
    pub required: bool,
    /// How a list is written, for a list in the query.
    pub style: Option<QueryStyle>,
    /// The doc's description (Vietnamese, then English where both exist).
    pub description: &'static str,
}

/// The parameters of one call, as generated `Params` types give them.
pub trait Parameters: Validate {
    /// Every parameter that has a value, as text.
    fn values(&self) -> ParamValues;
}

/// The parameters of an endpoint that declares none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoParams;

impl Validate for NoParams {}

impl Parameters for NoParams {
    fn values(&self) -> ParamValues {
        ParamValues::default()
    }
}

/// Parameter values of one call, as text, in declaration order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParamValues {
    path: Vec<(&'static str, String)>,
    query: Vec<(&'static str, Vec<String>, QueryStyle)>,
    headers: Vec<(&'static str, String)>,
}

impl ParamValues {
    /// Sets the path parameter `name`.
    pub fn path(&mut self, name: &'static str, value: impl Display) {
        self.path.push((name, value.to_string()));
    }

    /// Adds the query parameter `name`.
    pub fn query(&mut self, name: &'static str, value: impl Display) {
        self.query
            .push((name, vec![value.to_string()], QueryStyle::Repeat));
    }

    /// Adds the list-valued query parameter `name`, written in `style`.
    pub fn query_list<T: Display>(
        &mut self,
        name: &'static str,
        values: impl IntoIterator<Item = T>,
        style: QueryStyle,
    ) {
        let values = values.into_iter().map(|v| v.to_string()).collect();
        self.query.push((name, values, style));
    }

    /// Sets the query parameter `name` to `value`, replacing any value it had (the next
    /// page's number or cursor).
    pub fn set_query(&mut self, name: &'static str, value: impl Display) {
        self.query.retain(|(n, _, _)| *n != name);
        self.query(name, value);
    }

    /// The value of the query parameter `name`, if it has exactly one.
    pub fn query_value(&self, name: &str) -> Option<&str> {
        match self.query.iter().find(|(n, _, _)| *n == name) {
            Some((_, values, _)) if values.len() == 1 => Some(&values[0]),
            _ => None,
        }
    }

    /// Sets the header `name`.
    pub fn header(&mut self, name: &'static str, value: impl Display) {
        self.headers.push((name, value.to_string()));
    }

    /// The headers, in declaration order.
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The request target below the base URL: `template` (`/lead/applications/{id}`) with each
    /// `{name}` replaced by its percent-encoded value, then `?` and the query, if any. A
    /// placeholder without a value is an error naming it.
    pub fn target(&self, template: &str) -> Result<String, MissingPathParam> {
        let mut target = String::with_capacity(template.len() + 32);
        self.push_target(template, &mut target)?;
        Ok(target)
    }

    /// [`target`](Self::target), written at the end of `target` (after a base URL: the client
    /// makes the URL in one string).
    pub fn push_target(&self, template: &str, target: &mut String) -> Result<(), MissingPathParam> {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            target.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                target.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let name = &rest[open + 1..open + close];
            let value = self
                .path
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v)
                .ok_or_else(|| MissingPathParam(name.to_owned()))?;
            percent_encode_into(value, target);
            rest = &rest[open + close + 1..];
        }
        target.push_str(rest);
        let mut separator = '?';
        for (name, values, style) in &self.query {
            let pairs: Vec<String> = match style {
                QueryStyle::Comma | QueryStyle::CommaEncoded => vec![
                    values
                        .iter()
                        .map(|value| percent_encode(value))
                        .collect::<Vec<_>>()
                        .join(if *style == QueryStyle::Comma {
                            ","
                        } else {
                            "%2C"
                        }),
                ],
                QueryStyle::Repeat => values.iter().map(|value| percent_encode(value)).collect(),
            };
            for value in pairs {
                target.push(separator);
                separator = '&';
                percent_encode_into(name, target);
                target.push('=');
                target.push_str(&value);
            }
        }
        Ok(())
    }
}

/// A `{name}` in the path that the call gives no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingPathParam(pub String);

impl Display for MissingPathParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the path parameter `{}` has no value", self.0)
    }
}

/// `text` percent-encoded per RFC 3986 (only unreserved characters kept).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    percent_encode_into(text, &mut out);
    out
}

/// `text` with `%XX` escapes decoded: a URL's userinfo, a query value as received. An escape
/// that is not one is kept as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                index += 3;
            }
            None => {
                out.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn percent_encode_into(text: &str, out: &mut String) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_pages_vector_target_is_built_exactly() {
        let mut values = ParamValues::default();
        values.query("location", "Hà Nội");
        values.query("order_id", 88_062_110_977_884_170_i64);
        assert_eq!(
            values.target("/order").expect("target"),
            "/order?location=H%C3%A0%20N%E1%BB%99i&order_id=88062110977884170"
        );
    }

    #[test]
    fn path_values_are_encoded_and_lists_follow_their_style() {
        let mut values = ParamValues::default();
        values.path("id", "a/b c");
        values.query_list("ids", [1, 2, 3], QueryStyle::Comma);
        values.query_list("tag", ["x,y", "z"], QueryStyle::Repeat);
        values.query_list("names", ["a,b", "c"], QueryStyle::Comma);
        values.query_list("codes", ["7", "8"], QueryStyle::CommaEncoded);
        assert_eq!(
            values.target("/things/{id}/parts").expect("target"),
            "/things/a%2Fb%20c/parts?ids=1,2,3&tag=x%2Cy&tag=z&names=a%2Cb,c&codes=7%2C8"
        );
        assert_eq!(
            ParamValues::default().target("/things/{id}"),
            Err(MissingPathParam("id".to_owned()))
        );
    }
}
