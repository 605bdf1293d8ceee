//! ReadMe's exported "magic blocks" (`[block:parameters]{…}[/block]`, `[block:code]{…}[/block]`,
//! `[block:api-header]{…}[/block]`, `[block:callout]{…}[/block]`), read as the Markdown they
//! render: a pipe table, fenced code blocks each under its tab's name, a heading, a paragraph. A
//! block whose JSON does not parse is left as it is. Line numbers then count the Markdown's
//! lines, as for a page saved as HTML.

use serde_json::Value;

const OPEN: &str = "[block:";
const CLOSE: &str = "[/block]";

/// `text` with its magic blocks rendered; `None` for a page without any.
pub fn to_markdown(text: &str) -> Option<String> {
    if !text.contains(OPEN) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let block = &rest[start..];
        let rendered = block[OPEN.len()..]
            .split_once(']')
            .and_then(|(kind, body)| {
                let end = body.find(CLOSE)?;
                let value: Value = serde_json::from_str(body[..end].trim()).ok()?;
                let used = OPEN.len() + kind.len() + 1 + end + CLOSE.len();
                Some((render(kind.trim(), &value), used))
            });
        match rendered {
            Some((markdown, used)) => {
                out.push_str(&markdown);
                rest = &block[used..];
            }
            // Not a block this reads: kept as the page's text.
            None => {
                out.push_str(OPEN);
                rest = &block[OPEN.len()..];
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// One block as Markdown.
fn render(kind: &str, value: &Value) -> String {
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    match kind {
        "parameters" => parameters(value),
        "code" => {
            let mut out = String::new();
            for code in value["codes"].as_array().into_iter().flatten() {
                let language = text(&code["language"]);
                let name = Some(text(&code["name"]))
                    .filter(|name| !name.is_empty())
                    .unwrap_or_else(|| language.clone());
                let fence = if text(&code["code"]).contains("```") {
                    "~~~~"
                } else {
                    "```"
                };
                out.push_str(&format!(
                    "\n{name}:\n\n{fence}{language}\n{}\n{fence}\n",
                    text(&code["code"]).trim_end()
                ));
            }
            out
        }
        "api-header" => format!("\n## {}\n", text(&value["title"])),
        "callout" => format!(
            "\n**{}**\n\n{}\n",
            text(&value["title"]),
            text(&value["body"])
        ),
        _ => String::new(),
    }
}

/// A parameters block (`data` holds `h-<column>` headers and `<row>-<column>` cells) as a pipe
/// table.
fn parameters(value: &Value) -> String {
    let data = &value["data"];
    // No more rows or columns than the block has cells: a block cannot make a table larger
    // than itself.
    let cells = data.as_object().map_or(0, serde_json::Map::len);
    let count = |key: &str| {
        usize::try_from(value[key].as_u64().unwrap_or(0)).map_or(cells, |n| n.min(cells))
    };
    let (columns, rows) = (count("cols"), count("rows"));
    let cell = |key: String| {
        data[key.as_str()]
            .as_str()
            .unwrap_or_default()
            .replace('|', "\\|")
            .replace('\n', "<br>")
    };
    if columns == 0 {
        return String::new();
    }
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = String::from("\n");
    out.push_str(&line(
        (0..columns).map(|c| cell(format!("h-{c}"))).collect(),
    ));
    out.push_str(&line(vec!["---".to_owned(); columns]));
    for row in 0..rows {
        out.push_str(&line(
            (0..columns).map(|c| cell(format!("{row}-{c}"))).collect(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn magic_blocks_read_as_the_markdown_they_render() {
        let page = "# Create\n\n[block:parameters]\n{\"data\": {\"h-0\": \"Name\", \"h-1\": \"Type\", \"0-0\": \"`id`\", \"0-1\": \"string\"}, \"cols\": 2, \"rows\": 1}\n[/block]\n\n[block:code]\n{\"codes\": [{\"code\": \"{\\\"id\\\": \\\"a\\\"}\", \"language\": \"json\", \"name\": \"Response\"}]}\n[/block]\n";
        let markdown = to_markdown(page).expect("blocks");
        assert!(
            markdown.contains("| Name | Type |\n| --- | --- |\n| `id` | string |\n"),
            "{markdown}"
        );
        assert!(
            markdown.contains("Response:\n\n```json\n{\"id\": \"a\"}\n```"),
            "{markdown}"
        );
        assert_eq!(to_markdown("# Plain page\n"), None);
        let broken = "[block:parameters]\n{ not json\n[/block]\n";
        assert_eq!(
            to_markdown(broken).as_deref(),
            Some(broken),
            "kept as it is"
        );
    }
}
