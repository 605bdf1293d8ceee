//! Where a request goes: the checks that a spec's path and base URLs are what the client can
//! join into the URL it sends, and nothing else.

/// What makes `path` (which starts with `/`) something other than a path the client can put
/// below a base URL: a query or fragment (parameters go in `params`), a character a URL path
/// cannot hold as written, or a `.`/`..` segment, which URL parsers fold away.
pub(super) fn path_problem(path: &str) -> Option<&'static str> {
    if path.contains(['?', '#']) {
        return Some(
            "holds a query or a fragment; expected the path alone, with query parameters under `params` (`in: query`)",
        );
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%{}".contains(c);
    if !path.chars().all(allowed) {
        return Some(
            "holds a character a URL path cannot carry as written (a space, a control character, a non-ASCII letter, or one of \\ \" < > ^ | [ ] and the backtick); expected it percent-encoded, as the vendor's URL has it",
        );
    }
    if path
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return Some(
            "has a `.` or `..` segment, which URL parsers remove before sending; expected the path the request goes to",
        );
    }
    None
}

/// What makes an http(s) `url` unfit as a base URL that paths are added to: credentials (a
/// spec is shared and published), a query or fragment (the path would land inside it), or a
/// character no URL carries as written.
pub(super) fn server_problem(url: &str) -> Option<&'static str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() {
        return Some("names no host; expected `https://host`");
    }
    if authority.contains('@') {
        return Some(
            "holds a user name or password, which a spec (shared, and published in the docs) must not; expected the URL without them, with credentials given to the client's `Config`",
        );
    }
    if rest.contains(['?', '#']) {
        return Some(
            "holds a query or a fragment, and each path is added at its end; expected a base URL that ends in its host or a path",
        );
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
    {
        return Some(
            "holds a space, a control character or a non-ASCII letter; expected the URL as sent (a host in its `xn--` form, a path percent-encoded)",
        );
    }
    None
}
