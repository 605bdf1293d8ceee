//! A form body (`content_type: application/x-www-form-urlencoded`): a record whose every field
//! a form can carry (what nests named by its path in brackets, `address[city]`), so that
//! encoding a generated request cannot fail at run time.

use super::*;

impl Resolver<'_> {
    /// Reports what `endpoint`'s request body holds that a form cannot carry: anything but a
    /// record, a field that may be `null`, a field of nested objects. `at` is the spec's
    /// `request`.
    pub(super) fn form_body(&mut self, endpoint: &Endpoint, at: Location) {
        let Some(body) = &endpoint.request else {
            return;
        };
        if endpoint.inbound.is_some() {
            self.error(
                at,
                "a notification the vendor sends is read as JSON; a form notification is not supported (expected `content_type: application/json`)",
            );
            return;
        }
        let fields = match &body.ty.kind {
            TyKind::Named { name, .. } => match endpoint.type_def(name).map(|def| &def.kind) {
                Some(TypeKind::Object { fields, .. }) => fields,
                _ => {
                    self.error(at, format!("a form body is a record of named fields; `{name}` is not an object type"));
                    return;
                }
            },
            _ => {
                self.error(
                    at,
                    format!(
                        "a form body is a record of named fields (`body: TypeName`), not {}",
                        body.ty.describe()
                    ),
                );
                return;
            }
        };
        let mut seen = Vec::new();
        for field in fields {
            self.form_field(endpoint, field, &field.wire_name, &mut seen);
        }
    }

    /// Reports what `field` (named `path` in the form: `address[city]`) holds that a form cannot
    /// carry, and what the records it holds do; each record type is looked into once (`seen`).
    fn form_field(
        &mut self,
        endpoint: &Endpoint,
        field: &Field,
        path: &str,
        seen: &mut Vec<String>,
    ) {
        if field.nullable {
            self.error(
                field.at,
                format!("form field `{path}` may be null, which a form cannot say; expected it optional instead (left out when absent)"),
            );
        }
        if !form_fits(endpoint, &field.ty) {
            self.error(
                field.at,
                format!(
                    "form field `{path}` is of type `{}`; a form carries text, numbers, booleans, dates, string enums, and records, maps and lists of them (what nests is named in brackets: `address[city]`, `items[0][sku]`)",
                    field.ty.describe()
                ),
            );
            return;
        }
        let mut ty = &field.ty;
        let mut below = path.to_owned();
        // Through lists and maps to the record their items or values are, if any.
        loop {
            match &ty.kind {
                TyKind::List { items, .. } => {
                    below.push_str("[0]");
                    ty = items;
                }
                TyKind::Map { values } => {
                    below.push_str("[key]");
                    ty = values;
                }
                _ => break,
            }
        }
        let TyKind::Named { name, .. } = &ty.kind else {
            return;
        };
        if seen.contains(name) {
            return;
        }
        seen.push(name.clone());
        if let Some(TypeKind::Object { fields, .. }) = endpoint.type_def(name).map(|def| &def.kind)
        {
            for inner in fields {
                self.form_field(
                    endpoint,
                    inner,
                    &format!("{below}[{}]", inner.wire_name),
                    seen,
                );
            }
        }
    }
}

/// Whether a form can carry values of `ty`: what a query parameter carries (text in one piece,
/// or a list of it), a record, or a list or map of what a form carries.
fn form_fits(endpoint: &Endpoint, ty: &Ty) -> bool {
    if super::params::param_type_fits(ty, |name| endpoint.is_enum(name)) {
        return true;
    }
    match &ty.kind {
        TyKind::Named { name, data: None } => matches!(
            endpoint.type_def(name).map(|def| &def.kind),
            Some(TypeKind::Object { .. })
        ),
        TyKind::List {
            items,
            nullable_items: false,
        } => form_fits(endpoint, items),
        TyKind::Map { values } => form_fits(endpoint, values),
        _ => false,
    }
}
