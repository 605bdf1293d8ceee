//! A page that documents several calls, each in a section of its own under one base URL
//! (Tiki's ward-code page: `### Base URL` / `GET https://api.tiki.vn/directory`, then
//! `### API List Regions` / `#### API Address` / `GET /v1/countries/VN/regions`, …), read as
//! one page per call.
//!
//! Each section becomes a page of its own text: its lines where they were (so every line
//! number a draft names is the real page's), the lines before it blank, and at the top a
//! title and the call against each base URL the page gives, its environment named.

use std::sync::LazyLock;

use heck::ToSnakeCase;
use regex::Regex;

use crate::blocks::Block;

/// A call that a page states on a line of its own: `GET /v1/countries/VN/regions`,
/// `GET https://api.tiki.vn/directory`.
static LONE_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^`?(GET|POST|PUT|PATCH|DELETE)\s+((?:https?://|/)(?:[^\s`{]|\{[^}]*\})*)`?$")
        .expect("lone call regex")
});

static PARAMETER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{([^}]*)\}").expect("parameter regex"));

/// One call's part of a page of several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// A name for the call, from its section's heading (`API List Regions` → `list_regions`).
    pub name: String,
    /// The page text of this call alone, its lines at their page line numbers.
    pub text: String,
}

/// The calls of a page that documents several relative to one base URL; empty for a page of
/// one call (or none), which is read whole.
pub fn split(text: &str) -> Vec<Section> {
    // An HTML document is split as the Markdown the page reader reads it as.
    let converted = crate::html::to_markdown(text);
    let text = converted.as_deref().unwrap_or(text);
    let read = crate::blocks::read(text);
    let lines = &read.lines;
    let mut headings: Vec<Option<(usize, String)>> = vec![None; lines.len()];
    let mut bases: Vec<(String, String)> = Vec::new();
    let mut calls: Vec<(usize, String, String)> = Vec::new();
    // Calls that only a curl example states, each in a section of its own (Tiki's token page).
    let mut curls: Vec<usize> = Vec::new();
    // Headings that name a method (`## POST Create deal`) over a block of only a URL, as a
    // Postman collection documents each request: their lines.
    let mut titled: Vec<usize> = Vec::new();
    // Calls a page states whole (`GET https://api.x.test/v1/tags`): the line of each, its
    // method and its path (without the host, so that one call's environments are one call).
    let mut absolute: Vec<(usize, String, String)> = Vec::new();
    let mut last_heading: Option<(usize, &str)> = None;
    for block in &read.blocks {
        let (from, to) = match block {
            Block::Heading { line, level, text } => {
                if let Some(slot) = headings.get_mut(*line) {
                    *slot = Some((*level, text.clone()));
                }
                last_heading = Some((*line, text.as_str()));
                continue;
            }
            Block::Code { start, body } => {
                let content: Vec<&str> = body
                    .iter()
                    .map(|line| line.trim())
                    .filter(|line| !line.is_empty())
                    .collect();
                if let Some((heading, text)) = last_heading
                    && crate::blocks::method_heading_call(text, &content).is_some()
                    && titled.last() != Some(&heading)
                {
                    titled.push(heading);
                }
                curls.extend(body.iter().enumerate().filter_map(|(offset, line)| {
                    let line = line.trim();
                    (line.starts_with("curl ") && line.contains("://"))
                        .then_some(start + 1 + offset)
                }));
                continue;
            }
            Block::Table { .. } => continue,
            Block::Text { from, to } => (*from, *to),
        };
        for at in from..to {
            let Some(found) = LONE_CALL.captures(lines[at].trim()) else {
                continue;
            };
            let (method, target) = (found[1].to_owned(), found[2].to_owned());
            if target.starts_with('/') {
                calls.push((at, method, target));
                continue;
            }
            let path = target
                .split_once("://")
                .and_then(|(_, rest)| rest.find('/').map(|slash| rest[slash..].to_owned()))
                .unwrap_or_default();
            absolute.push((at, method.clone(), path));
            if calls.is_empty() {
                // The environment a base URL is for: its own line or the prose just above it.
                let context = lines[at.saturating_sub(2)..=at].join(" ").to_lowercase();
                let environment = if context.contains("sandbox") {
                    "sandbox"
                } else {
                    "production"
                };
                bases.push((environment.to_owned(), target));
            }
        }
    }
    if calls.is_empty() && curls.len() >= 2 {
        return own_heading_sections(lines, &headings, &curls);
    }
    if calls.is_empty() && titled.len() >= 2 {
        return titled_sections(lines, &headings, &titled);
    }
    // Several whole calls, each under a heading of its own (a resource's page: list, create,
    // delete); two lines of one method and path are one call's environments, not two calls.
    if calls.is_empty() && absolute.len() >= 2 {
        let mut distinct: Vec<(&str, &str)> = absolute
            .iter()
            .map(|(_, method, path)| (method.as_str(), path.as_str()))
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() == absolute.len() {
            let at: Vec<usize> = absolute.iter().map(|(at, _, _)| *at).collect();
            return own_heading_sections(lines, &headings, &at);
        }
    }
    if calls.len() < 2 || bases.is_empty() {
        return Vec::new();
    }
    let starts: Vec<(usize, usize, String)> = calls
        .iter()
        .filter_map(|(at, _, _)| section_heading(&headings, *at))
        .collect();
    if starts.len() != calls.len() {
        return Vec::new();
    }
    let mut sections = Vec::new();
    for ((call_at, method, target), (start, level, heading)) in calls.iter().zip(&starts) {
        let end = section_end(&headings, *start, *level);
        let mut head = vec![format!("# {heading}"), String::new()];
        // `{region id}` is a parameter's name in words: `{region_id}`, as a path template has it.
        let target = PARAMETER
            .replace_all(target, |found: &regex::Captures| {
                format!("{{{}}}", found[1].to_snake_case())
            })
            .into_owned();
        for (environment, base) in &bases {
            let url = format!("{}{target}", base.trim_end_matches('/'));
            head.push(match environment.as_str() {
                "sandbox" => format!("Sandbox: {method} {url}"),
                _ => format!("{method} {url}"),
            });
        }
        head.push(String::new());
        let mut out: Vec<String> = vec![String::new(); *start];
        // The section's lines stay where they were when the lines above leave room.
        if head.len() <= out.len() {
            out.splice(..head.len(), head);
        } else {
            out = head;
        }
        out.extend(lines[*start..end].iter().enumerate().map(|(offset, line)| {
            match start + offset == *call_at {
                true => String::new(),
                false => (*line).to_owned(),
            }
        }));
        let name = name_of(heading);
        sections.push(Section {
            name,
            text: out.join("\n") + "\n",
        });
    }
    sections
}

/// A section for each call (a curl example, a whole call's line) under a heading of its own;
/// none when two share one.
fn own_heading_sections(
    lines: &[&str],
    headings: &[Option<(usize, String)>],
    calls: &[usize],
) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut starts = Vec::new();
    for call in calls {
        let Some((start, level, heading)) = (0..*call).rev().find_map(|at| {
            let (level, text) = headings.get(at)?.as_ref()?;
            Some((at, *level, text.clone()))
        }) else {
            return Vec::new();
        };
        if starts.contains(&start) {
            return Vec::new();
        }
        starts.push(start);
        let end = section_end(headings, start, level);
        let mut out: Vec<String> = vec![String::new(); start];
        match out.first_mut() {
            Some(first) => *first = format!("# {heading}"),
            None => out.push(format!("# {heading}")),
        }
        out.extend(lines[start + 1..end].iter().map(|line| (*line).to_owned()));
        sections.push(Section {
            name: name_of(&heading),
            text: out.join("\n") + "\n",
        });
    }
    sections
}

/// A section for each heading that names its request's method (`## POST Create deal`): its
/// lines in place, under a title of the heading's words (`Create deal`), the heading kept so
/// that the page reader takes the method from it.
fn titled_sections(
    lines: &[&str],
    headings: &[Option<(usize, String)>],
    titled: &[usize],
) -> Vec<Section> {
    let mut sections = Vec::new();
    for start in titled {
        let Some((level, text)) = headings.get(*start).cloned().flatten() else {
            continue;
        };
        let end = section_end(headings, *start, level);
        let title = text
            .split_once(' ')
            .map_or(text.as_str(), |(_, rest)| rest.trim());
        let mut out: Vec<String> = vec![String::new(); *start];
        match out.first_mut() {
            Some(first) => *first = format!("# {title}"),
            None => out.push(format!("# {title}")),
        }
        out.extend(lines[*start..end].iter().map(|line| (*line).to_owned()));
        sections.push(Section {
            name: name_of(title),
            text: out.join("\n") + "\n",
        });
    }
    sections
}

/// The heading a call's section starts at, its level and its text: the heading right above the
/// call, or the one above that when the nearer one only labels the address (`API Address`).
fn section_heading(
    headings: &[Option<(usize, String)>],
    call: usize,
) -> Option<(usize, usize, String)> {
    let heading_at = |at: usize| headings.get(at)?.clone();
    let (near, (level, text)) = (0..call).rev().find_map(|at| Some((at, heading_at(at)?)))?;
    let lower = text.to_lowercase();
    let labels_address = ["address", "url", "endpoint", "địa chỉ"]
        .iter()
        .any(|word| lower.contains(word));
    if !labels_address {
        return Some((near, level, text));
    }
    (0..near).rev().find_map(|at| {
        let (outer, text) = heading_at(at).filter(|(outer, _)| *outer < level)?;
        Some((at, outer, text))
    })
}

/// The line after a section: the next heading of its level or above, else the page's end.
fn section_end(headings: &[Option<(usize, String)>], start: usize, level: usize) -> usize {
    (start + 1..headings.len())
        .find(|at| headings[*at].as_ref().is_some_and(|(l, _)| *l <= level))
        .unwrap_or(headings.len())
}

/// `API List Regions` → `list_regions`.
fn name_of(heading: &str) -> String {
    let ascii = deunicode::deunicode(heading);
    let words: Vec<&str> = ascii
        .split_whitespace()
        .filter(|word| !word.eq_ignore_ascii_case("api"))
        .collect();
    words.join(" ").to_snake_case()
}

#[cfg(test)]
mod tests {
    use super::split;

    const PAGE: &str = "---\ntitle: Codes\n---\n\n## Base URL\n\nGET https://api.example.com/dir\n\nIn the **sandbox** use:\n\nGET https://sandbox.example.com/dir\n\n### API List Regions\n\n#### API Address\n\nGET /v1/regions\n\n| Field | Type | Description |\n|---|---|---|\n| id | int | id |\n\n### API List Districts\n\n#### API Address\n\nGET /v1/regions/{region id}/districts\n\n| Field | Type | Description |\n|---|---|---|\n| name | string | name |\n";

    #[test]
    fn each_call_is_a_page_of_its_own_lines_in_place() {
        let sections = split(PAGE);
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["list_regions", "list_districts"]);
        let first = &sections[0].text;
        assert!(first.contains("GET https://api.example.com/dir/v1/regions\n"));
        assert!(first.contains("Sandbox: GET https://sandbox.example.com/dir/v1/regions\n"));
        assert!(!first.contains("name | string"));
        // The table row is on the page's own line 21.
        assert_eq!(first.lines().nth(20), Some("| id | int | id |"));
    }

    #[test]
    fn a_postman_collection_is_a_page_per_request() {
        let page = "# CRM\n\n## POST Create deal\n\n```\nhttps://x.vn/v2/deals\n```\n\n### BODY raw\n\n```json\n{\"a\": 1}\n```\n\n## GET List deals\n\n```\nhttps://x.vn/v2/deals?page=1\n```\n";
        let sections = split(page);
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["create_deal", "list_deals"]);
        assert!(sections[0].text.starts_with("# Create deal\n"));
        assert!(sections[0].text.contains("## POST Create deal\n"));
        assert!(!sections[0].text.contains("List deals"));
        let read = crate::page::Page::parse(&sections[1].text);
        assert_eq!(read.calls[0].method, "GET");
        assert_eq!(read.title.as_deref(), Some("List deals"));
    }

    #[test]
    fn a_resource_page_of_whole_calls_is_a_page_per_call() {
        let page = "# Tags\n\n## List tags\n\n`GET https://api.crm.test/v1/tags`\n\n| Field | Type | Description |\n|---|---|---|\n| tags | array | All |\n\n## Create a tag\n\n`POST https://api.crm.test/v1/tags`\n\n### Request body\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n| name | string | yes | Name |\n\n## Delete a tag\n\n`DELETE https://api.crm.test/v1/tags/{tag_id}`\n";
        let sections = split(page);
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["list_tags", "create_a_tag", "delete_a_tag"]);
        let create = crate::page::Page::parse(&sections[1].text);
        assert_eq!(create.calls[0].method, "POST");
        assert!(
            !sections[1].text.contains("| tags |"),
            "{}",
            sections[1].text
        );
        // One call's two environments, each under a heading, are one call.
        let environments = "# Get tags\n\n## Production\n\nGET https://api.crm.test/v1/tags\n\n## Sandbox\n\nGET https://sandbox.crm.test/v1/tags\n";
        assert!(split(environments).is_empty());
    }

    #[test]
    fn a_page_of_one_call_is_read_whole() {
        assert!(split("# One\n\nGET https://api.example.com/x\n").is_empty());
    }
}
