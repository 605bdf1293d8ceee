//! GitBook's API blocks, which state a call and its parameters as template tags rather than as
//! tables:
//!
//! ```text
//! {% swagger method="post" path="/customer/update" baseUrl="https://api.x.com/1.0" summary="…" %}
//! {% swagger-parameter in="header" name="Api-Key" type="string" required="true" %}
//! API key
//! {% endswagger-parameter %}
//! {% swagger-response status="200: OK" description="" %}
//! ```
//!
//! and the older `{% api-method method="post" host="…" path="…" %}` with
//! `{% api-method-parameter name="…" type="…" required=true %}` under
//! `{% api-method-headers %}`, `{% api-method-body-parameters %}`,
//! `{% api-method-query-parameters %}` or `{% api-method-path-parameters %}`. Each block's
//! parameters become a table per location (the columns of [`HEADERS`]), so that the importer and
//! `drift` read them as they read a page's tables.

use crate::markup::clean;

/// The columns of the tables the parameters become.
pub const HEADERS: [&str; 4] = ["Name", "Type", "Required", "Description"];

/// What the API blocks of a run of text lines state.
#[derive(Debug, Default, PartialEq)]
pub struct Blocks {
    /// Each call: method (uppercase), full URL, its 1-based line.
    pub calls: Vec<(String, String, usize)>,
    /// A table per parameter location, in page order.
    pub tables: Vec<ParamTable>,
}

/// The parameters of one location, as a table.
#[derive(Debug, PartialEq)]
pub struct ParamTable {
    /// The heading it is filed under: `Headers`, `Request body`, `Query parameters` or `Path
    /// parameters`.
    pub heading: &'static str,
    /// The 1-based line of its first parameter.
    pub line: usize,
    /// Its rows, each with its 1-based line, the header row first.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// The API blocks in `lines` (the page's lines from `first`, 0-based); empty when there are none.
pub fn read(lines: &[&str], first: usize) -> Blocks {
    let mut blocks = Blocks::default();
    // The location the older syntax sets with a section tag.
    let mut section: Option<&'static str> = None;
    let mut at = 0;
    while at < lines.len() {
        let Some(tag) = tag_of(lines[at]) else {
            at += 1;
            continue;
        };
        let line = first + at + 1;
        let (name, attributes) = tag;
        match name {
            "swagger" | "api-method" => {
                let method = attribute(attributes, "method").unwrap_or_default();
                let base = attribute(attributes, "baseUrl")
                    .or_else(|| attribute(attributes, "host"))
                    .unwrap_or_default();
                let path = attribute(attributes, "path").unwrap_or_default();
                if !method.is_empty() && base.starts_with("http") {
                    let url = format!("{}{path}", base.trim_end_matches('/'));
                    blocks.calls.push((method.to_uppercase(), url, line));
                }
            }
            "api-method-headers" => section = Some("header"),
            "api-method-body-parameters" => section = Some("body"),
            "api-method-query-parameters" => section = Some("query"),
            "api-method-path-parameters" => section = Some("path"),
            "swagger-parameter" | "api-method-parameter" => {
                let location = attribute(attributes, "in")
                    .map(|place| place.to_lowercase())
                    .or_else(|| section.map(str::to_owned))
                    .unwrap_or_else(|| "body".to_owned());
                let end = format!("end{name}");
                // The description: the lines up to the closing tag.
                let mut description = Vec::new();
                let mut next = at + 1;
                while next < lines.len() {
                    if tag_of(lines[next]).is_some_and(|(closing, _)| closing == end) {
                        next += 1;
                        break;
                    }
                    if tag_of(lines[next]).is_some() {
                        break;
                    }
                    description.push(lines[next].trim());
                    next += 1;
                }
                let cells = vec![
                    attribute(attributes, "name").unwrap_or_default(),
                    attribute(attributes, "type").unwrap_or_default(),
                    attribute(attributes, "required")
                        .map(|required| required.to_lowercase())
                        .unwrap_or_default(),
                    clean(description.join("\n").trim()),
                ];
                let heading = match location.as_str() {
                    "header" => "Headers",
                    "query" => "Query parameters",
                    "path" => "Path parameters",
                    _ => "Request body",
                };
                match blocks.tables.iter_mut().find(|t| t.heading == heading) {
                    Some(table) => table.rows.push((line, cells)),
                    None => blocks.tables.push(ParamTable {
                        heading,
                        line,
                        rows: vec![(line, HEADERS.map(str::to_owned).to_vec()), (line, cells)],
                    }),
                }
                at = next;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    blocks
}

/// A line that is one template tag (`{% name attr="v" %}`): its name and its attributes' text.
fn tag_of(line: &str) -> Option<(&str, &str)> {
    let inner = line.trim().strip_prefix("{%")?.strip_suffix("%}")?.trim();
    Some(match inner.split_once(char::is_whitespace) {
        Some((name, attributes)) => (name, attributes),
        None => (inner, ""),
    })
}

/// The value of `name="…"` (or `name=value`) among a tag's attributes.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if before.is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let Some(value) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        return Some(match value.strip_prefix('"') {
            Some(quoted) => quoted.split('"').next().unwrap_or_default().to_owned(),
            None => value
                .split(char::is_whitespace)
                .next()
                .unwrap_or_default()
                .to_owned(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn swagger_blocks_state_the_call_and_a_table_per_location() {
        let page = [
            r#"{% swagger method="post" path="/customer/update" baseUrl="https://api.x.com/1.0" summary="Update" %}"#,
            r#"{% swagger-parameter in="header" name="Api-Key" type="string" required="true" %}"#,
            "API key",
            "{% endswagger-parameter %}",
            r#"{% swagger-parameter in="body" name="email" type="string" %}"#,
            "Email, up to 254 characters",
            "{% endswagger-parameter %}",
        ];
        let blocks = read(&page, 10);
        assert_eq!(
            blocks.calls,
            [(
                "POST".to_owned(),
                "https://api.x.com/1.0/customer/update".to_owned(),
                11
            )]
        );
        let headings: Vec<&str> = blocks.tables.iter().map(|t| t.heading).collect();
        assert_eq!(headings, ["Headers", "Request body"]);
        assert_eq!(
            blocks.tables[1].rows[1],
            (
                15,
                vec![
                    "email".to_owned(),
                    "string".to_owned(),
                    String::new(),
                    "Email, up to 254 characters".to_owned()
                ]
            )
        );
    }

    #[test]
    fn the_older_api_method_blocks_file_parameters_by_section() {
        let page = [
            r#"{% api-method method="get" host="https://api.x.com" path="/v1/orders" %}"#,
            "{% api-method-query-parameters %}",
            r#"{% api-method-parameter name="limit" type="integer" required=false %}"#,
            "At most 100",
            "{% endapi-method-parameter %}",
            "{% endapi-method-query-parameters %}",
        ];
        let blocks = read(&page, 0);
        assert_eq!(blocks.calls[0].1, "https://api.x.com/v1/orders");
        assert_eq!(blocks.tables[0].heading, "Query parameters");
        assert_eq!(blocks.tables[0].rows[1].1[2], "false");
    }
}
