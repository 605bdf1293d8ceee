//! Rust names derived from wire names and spec names.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Type names that generated modules define themselves (`Request`, …): a spec type may not
/// take one.
pub const GENERATED_ALIASES: [&str; 3] = ["Request", "Response", "ErrorResponse"];

/// Names of the standard prelude that generated code uses unqualified (`Option<String>`, not
/// `::core::option::Option<::std::string::String>`, which wrapped one line in ten): a spec type
/// of the same name would shadow them in its module, so it may not take one either.
pub const PRELUDE_NAMES: [&str; 11] = [
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Into", "Default",
];

/// The Rust field name of a wire name (`linkedIn_url` → `linked_in_url`), as typify names
/// one: raw-escaped when it is a keyword that may be raw (`type` → `r#type`), `_` after one
/// that may not (`self` → `self_`), `_` before a leading digit (`2fa-enabled` →
/// `_2fa_enabled`); `None` when no Rust identifier can be made of it (no letter or digit).
pub fn field_name(wire_name: &str) -> Option<String> {
    let snake = wire_name.to_snake_case();
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        return identifier(&format!("_{snake}"));
    }
    identifier(&snake).or_else(|| unraw_keyword(&snake))
}

/// The Rust variant name of an enum value (`SUBSCRIBER` → `Subscriber`); `V` is put in front
/// of a value that starts with a digit, `_` after a keyword that may not be raw (`Self` →
/// `Self_`), and the empty string is `Empty`.
pub fn variant_name(value: &str) -> Option<String> {
    if value.is_empty() {
        return Some("Empty".to_owned());
    }
    let camel = value.to_upper_camel_case();
    let camel = if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    };
    identifier(&camel).or_else(|| unraw_keyword(&camel))
}

/// The name a generated setter takes for a field (`with_type` for `r#type`, `with_2fa` for
/// the `_2fa` of a wire name that starts with a digit).
pub fn setter_name(field: &str) -> String {
    let bare = field.trim_start_matches("r#");
    let bare = match bare.strip_prefix('_') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
        _ => bare,
    };
    format!("with_{bare}")
}

/// `name_` for a keyword that cannot be a raw identifier (`self`, `Self`, `super`, `crate`).
fn unraw_keyword(name: &str) -> Option<String> {
    if name.is_empty() || name == "_" {
        return None;
    }
    identifier(&format!("{name}_"))
}

/// `name` itself when it is a Rust identifier, `r#name` when it is a keyword that may be raw.
pub fn identifier(name: &str) -> Option<String> {
    // syn decides (what is an identifier, which keywords may be raw), once a name on each
    // thread: the same field names come back in spec after spec, and asking syn was a third
    // of resolving at a thousand endpoints. The memo is bounded.
    const REMEMBERED: usize = 4096;
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, Option<String>>> =
            std::cell::RefCell::default();
    }
    if let Some(known) = SEEN.with(|seen| seen.borrow().get(name).cloned()) {
        return known;
    }
    let answer = ask_syn(name);
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() < REMEMBERED {
            seen.insert(name.to_owned(), answer.clone());
        }
    });
    answer
}

/// Words the 2024 edition (the generated crate's) reserves that syn still reads as
/// identifiers: `pub mod gen;` or a field `pub gen: u8` does not compile there.
const EDITION_RESERVED: [&str; 1] = ["gen"];

fn ask_syn(name: &str) -> Option<String> {
    if name.is_empty() {
        return None;
    }
    if EDITION_RESERVED.contains(&name) {
        return Some(format!("r#{name}"));
    }
    if syn::parse_str::<syn::Ident>(name).is_ok() {
        return Some(name.to_owned());
    }
    let raw = format!("r#{name}");
    syn::parse_str::<syn::Ident>(&raw).ok().map(|_| raw)
}

/// True for `UpperCamelCase` names made of ASCII letters and digits.
pub fn is_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && identifier(name).as_deref() == Some(name)
}

/// True for a `snake_case` word that Rust keeps for itself (`match`, `type`, `gen`): it
/// cannot name a module, though it looks like a name.
pub fn is_keyword(name: &str) -> bool {
    !name.is_empty() && snake_case_letters(name) && identifier(name).as_deref() != Some(name)
}

/// True for `snake_case` module names.
pub fn is_module_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && snake_case_letters(name)
        && identifier(name).as_deref() == Some(name)
}

/// Lowercase ASCII letters, digits and `_` only.
fn snake_case_letters(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Why `name` cannot name an HTTP header (RFC 9110 `token`: letters, digits and
/// ``!#$%&'*+-.^_`|~``), as a diagnostic says it; `None` when it can. A request with such a
/// header fails when the client builds it.
pub fn header_name_problem(name: &str) -> Option<String> {
    let token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    (!token).then(|| {
        format!(
            "{} is not a header name: a header name is letters, digits and !#$%&'*+-.^_`|~, with no spaces; expected the name as sent, such as `X-Request-Id`",
            serde_json::Value::String(name.to_owned())
        )
    })
}

/// What `name` already names in a generated service module, where no endpoint may take it:
/// `types` (the module of the service's shared types) and `new` (the client's constructor).
pub fn reserved_endpoint_name(name: &str) -> Option<&'static str> {
    match name {
        "types" => Some("the module of the service's shared types"),
        "new" => Some("the constructor of the service's client"),
        _ => None,
    }
}

/// A unit variant of one of the runtime's enums, named as its `Debug` prints it: the spec
/// model, the IR and the generated code all hold the runtime's own enums, so there is no
/// second list of variant names to keep in step.
pub fn runtime_variant(value: impl std::fmt::Debug) -> proc_macro2::Ident {
    quote::format_ident!("{}", format!("{value:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_snake_case_identifiers() {
        for (wire, rust) in [
            ("linkedIn_url", Some("linked_in_url")),
            ("isNewSubscriber", Some("is_new_subscriber")),
            ("_id", Some("id")),
            ("type", Some("r#type")),
            ("self", Some("self_")),
            ("Self", Some("self_")),
            ("2fa-enabled", Some("_2fa_enabled")),
            ("3ds", Some("_3ds")),
            ("@type", Some("r#type")),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(field_name(wire).as_deref(), rust, "{wire}");
        }
    }

    #[test]
    fn enum_values_become_variants() {
        for (value, variant) in [
            ("male", "Male"),
            ("SUBSCRIBER", "Subscriber"),
            ("2fa", "V2fa"),
            ("Self", "Self_"),
            ("", "Empty"),
            ("doo-dad", "DooDad"),
        ] {
            assert_eq!(variant_name(value).as_deref(), Some(variant));
        }
    }

    #[test]
    fn setters_drop_the_escapes_of_their_field() {
        for (field, setter) in [
            ("email", "with_email"),
            ("r#type", "with_type"),
            ("self_", "with_self_"),
            ("_2fa_enabled", "with_2fa_enabled"),
        ] {
            assert_eq!(setter_name(field), setter, "{field}");
        }
    }
}
