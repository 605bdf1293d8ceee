//! serde's `rename_all` for a generated type: the case rule that spells most of its wire
//! names from their Rust names, so that a type whose names follow one convention (camelCase
//! fields, SCREAMING_SNAKE_CASE codes) carries one attribute instead of one per member. The
//! members the rule misses keep their own `rename`.
//!
//! The rules are serde's, ported from `serde_derive`'s `case.rs` character for character:
//! serde, and schemars (through `serde_derive_internals`), apply them to the same names.

/// A `rename_all` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

/// What the names belong to: serde converts a field (`snake_case` in Rust) and a variant
/// (`PascalCase`) differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Member {
    Field,
    Variant,
}

/// On a tie, the earlier rule wins: the conventions vendors use most come first.
const PREFERRED: [Rule; 8] = [
    Rule::Snake,
    Rule::Camel,
    Rule::ScreamingSnake,
    Rule::Kebab,
    Rule::Pascal,
    Rule::Lower,
    Rule::Upper,
    Rule::ScreamingKebab,
];

impl Rule {
    /// The rule as `rename_all` spells it.
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Lower => "lowercase",
            Self::Upper => "UPPERCASE",
            Self::Pascal => "PascalCase",
            Self::Camel => "camelCase",
            Self::Snake => "snake_case",
            Self::ScreamingSnake => "SCREAMING_SNAKE_CASE",
            Self::Kebab => "kebab-case",
            Self::ScreamingKebab => "SCREAMING-KEBAB-CASE",
        }
    }

    fn apply(self, member: Member, rust: &str) -> String {
        match member {
            Member::Field => self.apply_to_field(rust),
            Member::Variant => self.apply_to_variant(rust),
        }
    }

    fn apply_to_variant(self, variant: &str) -> String {
        match self {
            Self::Pascal => variant.to_owned(),
            Self::Lower => variant.to_ascii_lowercase(),
            Self::Upper => variant.to_ascii_uppercase(),
            Self::Camel => lower_first(variant),
            Self::Snake => {
                let mut snake = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake
            }
            Self::ScreamingSnake => Self::Snake.apply_to_variant(variant).to_ascii_uppercase(),
            Self::Kebab => Self::Snake.apply_to_variant(variant).replace('_', "-"),
            Self::ScreamingKebab => Self::ScreamingSnake
                .apply_to_variant(variant)
                .replace('_', "-"),
        }
    }

    fn apply_to_field(self, field: &str) -> String {
        match self {
            Self::Lower | Self::Snake => field.to_owned(),
            Self::Upper | Self::ScreamingSnake => field.to_ascii_uppercase(),
            Self::Pascal => {
                let mut pascal = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                pascal
            }
            Self::Camel => lower_first(&Self::Pascal.apply_to_field(field)),
            Self::Kebab => field.replace('_', "-"),
            Self::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

/// serde lowers the first byte (`variant[..1]`); a name starting with a non-ASCII character
/// never matches a wire name through this rule, so it is left as it is.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if first.is_ascii() => first.to_ascii_lowercase().to_string() + chars.as_str(),
        _ => name.to_owned(),
    }
}

/// The rule for a type whose members have these `(rust, wire)` names: the one that leaves the
/// fewest attributes, counting its own `rename_all` as one, or `None` where no rule beats a
/// `rename` per differing member.
pub(super) fn rule(member: Member, names: &[(&str, &str)]) -> Option<Rule> {
    let cost = |rule: Option<Rule>| {
        let misses = names
            .iter()
            .filter(|(rust, wire)| spelled(rule, member, rust) != *wire)
            .count();
        misses + usize::from(rule.is_some())
    };
    let mut best = (None, cost(None));
    for candidate in PREFERRED {
        // A rule costs at least its own attribute, and a tie keeps the earlier choice: once
        // the best costs one or nothing, no later rule can beat it.
        if best.1 <= 1 {
            break;
        }
        let candidate_cost = cost(Some(candidate));
        if candidate_cost < best.1 {
            best = (Some(candidate), candidate_cost);
        }
    }
    best.0
}

/// Whether a member needs its own `rename` under the type's `rule`.
pub(super) fn needs_rename(rule: Option<Rule>, member: Member, rust: &str, wire: &str) -> bool {
    spelled(rule, member, rust) != wire
}

/// The wire name serde derives from a Rust name under `rule` (serde sees `r#type` as `type`).
fn spelled(rule: Option<Rule>, member: Member, rust: &str) -> std::borrow::Cow<'_, str> {
    let rust = rust.trim_start_matches("r#");
    match rule {
        Some(rule) => std::borrow::Cow::Owned(rule.apply(member, rust)),
        None => std::borrow::Cow::Borrowed(rust),
    }
}

#[cfg(test)]
mod tests {
    use super::{Member, Rule, needs_rename, rule};

    fn fields(names: &[(&str, &str)]) -> Option<&'static str> {
        rule(Member::Field, names).map(Rule::name)
    }

    fn variants(names: &[(&str, &str)]) -> Option<&'static str> {
        rule(Member::Variant, names).map(Rule::name)
    }

    #[test]
    fn a_convention_most_names_follow_becomes_the_rule() {
        assert_eq!(
            fields(&[("first_name", "firstName"), ("last_name", "lastName")]),
            Some("camelCase")
        );
        assert_eq!(
            fields(&[("user_id", "UserId"), ("name", "Name")]),
            Some("PascalCase")
        );
        assert_eq!(
            fields(&[("api_key", "api-key"), ("x_y", "x-y")]),
            Some("kebab-case")
        );
        assert_eq!(
            variants(&[("InProgress", "in_progress"), ("Done", "done")]),
            Some("snake_case")
        );
        assert_eq!(
            variants(&[("NotFound", "NOT_FOUND"), ("Gone", "GONE")]),
            Some("SCREAMING_SNAKE_CASE")
        );
        assert_eq!(
            variants(&[("Alpha", "alpha"), ("Beta", "beta")]),
            Some("snake_case")
        );
        assert_eq!(
            variants(&[("V2Beta", "v2_beta"), ("V1", "v1")]),
            Some("snake_case")
        );
    }

    #[test]
    fn no_rule_where_it_saves_nothing() {
        assert_eq!(fields(&[("name", "name"), ("email", "email")]), None);
        assert_eq!(fields(&[("id", "_id"), ("name", "name")]), None);
        // One differing member: a `rename_all` would cost as much as its `rename`.
        assert_eq!(variants(&[("Subscriber", "SUBSCRIBER")]), None);
        assert_eq!(variants(&[("Alpha", "Alpha"), ("Beta", "Beta")]), None);
        assert_eq!(variants(&[]), None);
    }

    #[test]
    fn members_the_rule_misses_keep_their_own_rename() {
        let names = [
            ("OrderLimit", "ORDER_LIMIT"),
            ("NotFound", "NOT_FOUND"),
            ("InvalidSignature", "invalid_signature"),
        ];
        let chosen = rule(Member::Variant, &names);
        assert_eq!(chosen, Some(Rule::ScreamingSnake));
        let renamed: Vec<&str> = names
            .iter()
            .filter(|(rust, wire)| needs_rename(chosen, Member::Variant, rust, wire))
            .map(|(_, wire)| *wire)
            .collect();
        assert_eq!(renamed, ["invalid_signature"]);
    }

    #[test]
    fn rules_spell_names_as_serde_does() {
        let field = |rule: Rule, name: &str| rule.apply(Member::Field, name);
        let variant = |rule: Rule, name: &str| rule.apply(Member::Variant, name);
        assert_eq!(field(Rule::Camel, "linked_in_url"), "linkedInUrl");
        assert_eq!(field(Rule::ScreamingKebab, "a_b"), "A-B");
        assert_eq!(field(Rule::Upper, "a_b"), "A_B");
        assert_eq!(variant(Rule::Kebab, "HttpError"), "http-error");
        assert_eq!(variant(Rule::ScreamingKebab, "HttpError"), "HTTP-ERROR");
        assert_eq!(variant(Rule::Camel, "HttpError"), "httpError");
        assert_eq!(variant(Rule::Lower, "HttpError"), "httperror");
    }
}
