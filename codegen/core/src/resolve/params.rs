//! Path, query and header parameters: each a field with `in:`, checked against the path
//! template, and gathered into the endpoint's generated params type.

use super::types::Position;
use super::*;
use crate::ir::Param;
use codegen_runtime::{ParamLocation, QueryStyle};

impl Resolver<'_> {
    /// The endpoint's parameters and the params type that holds them (none when it declares
    /// none). `types` are the spec's own, for a name collision.
    pub(super) fn params(
        &mut self,
        spec: &SpecFile,
        types: &[TypeDef],
    ) -> (Vec<Param>, Option<TypeDef>) {
        let placeholders = path_placeholders(&spec.path.value);
        let type_name = format!(
            "{}Params",
            heck::ToUpperCamelCase::to_upper_camel_case(spec.endpoint.value.as_str())
        );
        let mut params = Vec::new();
        for (name, def) in &spec.params {
            let Some(location_def) = &def.value.location else {
                self.error(
                    location(def),
                    format!("parameter `{name}` needs `in: path`, `in: query` or `in: header`"),
                );
                continue;
            };
            let Some(mut field) = self.field(&type_name, name, def, Position::Param) else {
                continue;
            };
            let at = location(location_def);
            let place = location_def.value;
            if !param_type_fits(&field.ty, |n| self.is_enum_name(spec, n)) {
                self.error(
                    location(&def.value.ty),
                    format!(
                        "parameter `{name}` is `{}`; a parameter is a string, number, boolean, date, enum, or (in the query) a list of those",
                        field.ty.describe()
                    ),
                );
                continue;
            }
            if place == ParamLocation::Header {
                self.header_name(name, location(def));
            }
            let is_list = matches!(field.ty.kind, TyKind::List { .. });
            match (place, is_list) {
                (ParamLocation::Query, _) => {}
                (_, true) => self.error(
                    at,
                    format!("parameter `{name}` is a list; only a query parameter can be one"),
                ),
                _ => {}
            }
            if field.nullable {
                self.error(
                    at,
                    format!(
                        "parameter `{name}` cannot be `nullable`: a parameter is present or absent"
                    ),
                );
            }
            let style = match (&def.value.style, is_list && place == ParamLocation::Query) {
                (Some(style), true) => Some(style.value),
                (None, true) => {
                    self.error(
                        at,
                        format!("list parameter `{name}` needs `style: comma` (`ids=1,2`) or `style: repeat` (`ids=1&ids=2`)"),
                    );
                    None
                }
                (Some(style), false) => {
                    self.error(
                        location(style),
                        format!(
                            "`style` says how a list in the query is written; `{name}` is not one"
                        ),
                    );
                    None
                }
                (None, false) => None,
            };
            if place == ParamLocation::Path {
                if !placeholders.iter().any(|p| p == name) {
                    self.error(
                        at,
                        format!(
                            "path parameter `{name}` has no `{{{name}}}` in the path `{}`",
                            spec.path.value
                        ),
                    );
                }
                if !field.required {
                    self.error(
                        at,
                        format!("path parameter `{name}` is always sent; add `required: true`"),
                    );
                    field.required = true;
                }
            }
            params.push(Param {
                name: name.clone(),
                location: place,
                style: style.or(is_list.then_some(QueryStyle::Repeat)),
                field,
            });
        }
        for placeholder in &placeholders {
            let declared = params
                .iter()
                .any(|p| &p.name == placeholder && p.location == ParamLocation::Path);
            if !declared {
                self.error(
                    location(&spec.path),
                    format!(
                        "the path names `{{{placeholder}}}`, but `params` declares no `{placeholder}: {{ in: path, … }}`"
                    ),
                );
            }
        }
        if params.is_empty() {
            return (params, None);
        }
        if types.iter().any(|def| def.name == type_name) || spec.types.contains_key(&type_name) {
            self.error(
                location(&spec.endpoint),
                format!(
                    "type name `{type_name}` is taken by the endpoint's parameters; choose another"
                ),
            );
            return (params, None);
        }
        let def = TypeDef {
            name: type_name,
            docs: Text {
                vi: None,
                en: Some("The path, query and header parameters of a call.".to_owned()),
            },
            kind: TypeKind::Object {
                fields: params.iter().map(|p| p.field.clone()).collect(),
                rules: Vec::new(),
            },
            lenient: false,
            twin_of: None,
            generic: false,
            params: true,
            remarks: Vec::new(),
            at: location(&spec.endpoint),
        };
        (params, Some(def))
    }

    fn is_enum_name(&self, spec: &SpecFile, name: &str) -> bool {
        spec.types
            .get(name)
            .is_some_and(|def| def.value.values.is_some())
            || self
                .shared
                .iter()
                .any(|def| def.name == name && matches!(def.kind, TypeKind::Enum { .. }))
    }
}

/// The `{name}`s of a path template, in order.
fn path_placeholders(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        names.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    names
}

/// Whether a parameter can hold `ty`: a scalar that prints as one piece of text, or a list of
/// them.
pub(super) fn param_type_fits(ty: &Ty, is_enum: impl Fn(&str) -> bool + Copy) -> bool {
    match &ty.kind {
        TyKind::String { .. }
        | TyKind::Integer
        | TyKind::Number
        | TyKind::Boolean
        | TyKind::Date
        | TyKind::DateTime => true,
        TyKind::Named { name, data: None } => is_enum(name),
        TyKind::List {
            items,
            nullable_items,
        } => {
            !nullable_items
                && !matches!(items.kind, TyKind::List { .. })
                && param_type_fits(items, is_enum)
        }
        _ => false,
    }
}
