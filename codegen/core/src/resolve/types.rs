//! Checks and resolves named types and type expressions: objects and their fields and rules,
//! enums, one-ofs, built-in types, constraints, and references between types.

use super::*;
use crate::constraint::{Bound, RANGES};

impl Resolver<'_> {
    pub(super) fn type_def(
        &mut self,
        name: &str,
        def: &Spanned<crate::spec::TypeDef>,
    ) -> Option<TypeDef> {
        let at = location(def);
        if !names::is_type_name(name) {
            self.error(at, format!("type name `{name}` is not UpperCamelCase; expected something like `CustomerCreateRequest`"));
        }
        if names::GENERATED_ALIASES.contains(&name) {
            self.error(
                at,
                format!(
                    "type name `{name}` is taken by the generated module's aliases; choose another"
                ),
            );
        }
        if names::PRELUDE_NAMES.contains(&name) {
            self.error(
                at,
                format!(
                    "type name `{name}` would hide Rust's own `{name}`, which generated code uses; choose another, such as one that names its domain"
                ),
            );
        }
        let def_value = &def.value;
        let shapes = [
            def_value.fields.is_some(),
            def_value.values.is_some(),
            def_value.one_of.is_some(),
        ];
        if shapes.iter().filter(|s| **s).count() != 1 {
            self.error(
                at,
                format!("type `{name}` must have exactly one of `fields`, `enum` or `one_of`"),
            );
            return None;
        }
        if !def_value.rules.is_empty() && def_value.fields.is_none() {
            self.error(
                at,
                format!(
                    "type `{name}` has `rules` but no `fields`; rules constrain an object's fields"
                ),
            );
        }
        let kind = if let Some(fields) = &def_value.fields {
            self.object(name, fields, &def_value.rules)?
        } else if let Some(values) = &def_value.values {
            self.enumeration(name, at, values)?
        } else {
            self.one_of(name, at, def_value.one_of.as_deref().unwrap_or_default())?
        };
        Some(TypeDef {
            name: name.to_owned(),
            docs: Text {
                vi: def_value.vi.clone(),
                en: def_value.en.clone(),
            },
            kind,
            lenient: false,
            twin_of: None,
            generic: self.declared.get(name).copied().unwrap_or(false),
            params: false,
            remarks: Vec::new(),
            at,
        })
    }

    fn object(
        &mut self,
        type_name: &str,
        fields: &indexmap::IndexMap<String, Box<Spanned<FieldDef>>>,
        rules: &[Spanned<crate::spec::RuleDef>],
    ) -> Option<TypeKind> {
        let mut resolved = Vec::new();
        let mut rust_names: HashMap<String, String> = HashMap::new();
        let mut ok = true;
        for (wire_name, def) in fields {
            let Some(field) = self.field(type_name, wire_name, def, Position::Field) else {
                ok = false;
                continue;
            };
            if let Some(other) = rust_names.insert(field.rust_name.clone(), wire_name.clone()) {
                self.error(
                    field.at,
                    format!("fields `{other}` and `{wire_name}` of `{type_name}` both become `{}` in Rust; give one a `rust_name`", field.rust_name),
                );
                ok = false;
            }
            if field.rust_name == UNKNOWN_FIELDS {
                self.error(field.at, format!("`{UNKNOWN_FIELDS}` is the generated field that keeps unknown fields; give `{wire_name}` a `rust_name`"));
                ok = false;
            }
            resolved.push(field);
        }
        let mut resolved_rules = Vec::new();
        for rule in rules {
            let def = &rule.value;
            if def.any_of_required.len() < 2 {
                self.error(location(rule), "`any_of_required` names two or more fields");
            }
            for name in &def.any_of_required {
                if !fields.contains_key(&name.value) {
                    self.error(
                        location(name),
                        format!("rule names field `{}`, which `{type_name}` does not have; expected one of: {}", name.value, list(fields.keys())),
                    );
                    ok = false;
                }
            }
            resolved_rules.push(Rule::AnyOfRequired {
                fields: def
                    .any_of_required
                    .iter()
                    .map(|n| n.value.clone())
                    .collect(),
                docs: Text {
                    vi: def.vi.clone(),
                    en: def.en.clone(),
                },
            });
        }
        ok.then_some(TypeKind::Object {
            fields: resolved,
            rules: resolved_rules,
        })
    }

    pub(super) fn field(
        &mut self,
        type_name: &str,
        wire_name: &str,
        def: &Spanned<FieldDef>,
        position: Position,
    ) -> Option<Field> {
        let at = location(def);
        let rust_name = match &def.value.rust_name {
            Some(name) => match names::identifier(&name.value) {
                Some(ident) => ident,
                None => {
                    self.error(
                        location(name),
                        format!("`rust_name: {}` is not a Rust identifier", name.value),
                    );
                    return None;
                }
            },
            None => match names::field_name(wire_name) {
                Some(ident) => ident,
                None => {
                    self.error(at, format!("field `{wire_name}` of `{type_name}` has no usable Rust name; give it a `rust_name`"));
                    return None;
                }
            },
        };
        let ty = self.ty(def, position)?;
        Some(Field {
            wire_name: wire_name.to_owned(),
            rust_name,
            ty,
            required: def.value.required.as_ref().is_some_and(|r| r.value),
            nullable: def.value.nullable.as_ref().is_some_and(|n| n.value),
            docs: Text {
                vi: def.value.vi.as_ref().map(|t| t.value.clone()),
                en: def.value.en.as_ref().map(|t| t.value.clone()),
            },
            doc_type: def.value.doc_type.as_ref().map(|t| t.value.clone()),
            from_example: def
                .value
                .origin
                .as_ref()
                .is_some_and(|o| o.value == OriginDef::Example),
            boxed: false,
            at,
        })
    }

    fn enumeration(
        &mut self,
        name: &str,
        at: Location,
        values: &[Spanned<crate::spec::EnumValueDef>],
    ) -> Option<TypeKind> {
        if values.is_empty() {
            self.error(at, format!("enum `{name}` lists no values"));
            return None;
        }
        let mut seen = BTreeSet::new();
        let mut variants = BTreeSet::new();
        let mut resolved = Vec::new();
        for value in values {
            let text = &value.value.value;
            if !seen.insert(text.clone()) {
                self.error(
                    location(value),
                    format!("enum `{name}` lists `{text}` twice"),
                );
                continue;
            }
            let variant = match &value.value.rust_name {
                Some(given) => {
                    if !names::is_type_name(&given.value) {
                        self.error(
                            location(given),
                            format!(
                                "`rust_name: {}` is not an UpperCamelCase Rust name",
                                given.value
                            ),
                        );
                        continue;
                    }
                    given.value.clone()
                }
                None => match names::variant_name(text) {
                    Some(variant) => variant,
                    None => {
                        self.error(
                            location(value),
                            format!("enum value `{text}` gives no Rust variant name; give it a `rust_name`"),
                        );
                        continue;
                    }
                },
            };
            if !variants.insert(variant.clone()) {
                self.error(
                    location(value),
                    format!("enum values of `{name}` collide as the Rust variant `{variant}`; give one a `rust_name`"),
                );
                continue;
            }
            resolved.push(EnumValue {
                value: text.clone(),
                variant,
                docs: Text {
                    vi: value.value.vi.clone(),
                    en: value.value.en.clone(),
                },
            });
        }
        (resolved.len() == values.len()).then_some(TypeKind::Enum { values: resolved })
    }

    fn one_of(
        &mut self,
        name: &str,
        at: Location,
        alternatives: &[Spanned<FieldDef>],
    ) -> Option<TypeKind> {
        if alternatives.len() < 2 {
            self.error(
                at,
                format!("one_of `{name}` lists fewer than two alternatives"),
            );
            return None;
        }
        let mut variants: Vec<Variant> = Vec::new();
        for alternative in alternatives {
            let ty = self.ty(alternative, Position::Alternative)?;
            let variant = match &ty.kind {
                TyKind::String { .. } => "String".to_owned(),
                TyKind::Integer => "Integer".to_owned(),
                TyKind::Number => "Number".to_owned(),
                TyKind::Boolean => "Boolean".to_owned(),
                TyKind::Date => "Date".to_owned(),
                TyKind::DateTime => "DateTime".to_owned(),
                TyKind::Any => "Any".to_owned(),
                TyKind::List { .. } => "List".to_owned(),
                TyKind::Map { .. } => "Map".to_owned(),
                TyKind::Object => "Object".to_owned(),
                TyKind::JsonString(_) => "JsonString".to_owned(),
                TyKind::Named { name, .. } => name.clone(),
                // `ty` refuses `$data` anywhere but on a field.
                TyKind::Data => "Data".to_owned(),
            };
            if variants.iter().any(|v| v.name == variant) {
                self.error(location(alternative), format!("one_of `{name}` has two `{variant}` alternatives; they cannot be told apart"));
                return None;
            }
            variants.push(Variant {
                name: variant,
                ty,
                boxed: false,
            });
        }
        Some(TypeKind::OneOf { variants })
    }

    /// Resolves a type expression; `position` says which keys besides the type's own are allowed.
    fn ty(&mut self, def: &Spanned<FieldDef>, position: Position) -> Option<Ty> {
        let d = &def.value;
        let type_at = location(&d.ty);
        if position != Position::Param {
            let param_only = [
                ("in", d.location.as_ref().map(location)),
                ("style", d.style.as_ref().map(location)),
            ];
            for (key, at) in param_only {
                if let Some(at) = at {
                    self.error(
                        at,
                        format!(
                            "`{key}` belongs on a parameter (under `params`), not on {}",
                            position.describe()
                        ),
                    );
                }
            }
        }
        if !matches!(position, Position::Field | Position::Param) {
            let field_only = [
                ("required", d.required.as_ref().map(location)),
                ("vi", d.vi.as_ref().map(location)),
                ("en", d.en.as_ref().map(location)),
                ("doc_type", d.doc_type.as_ref().map(location)),
                ("origin", d.origin.as_ref().map(location)),
                ("rust_name", d.rust_name.as_ref().map(location)),
            ];
            for (key, at) in field_only {
                if let Some(at) = at {
                    self.error(
                        at,
                        format!("`{key}` belongs on a field, not on {}", position.describe()),
                    );
                }
            }
            if position == Position::Alternative
                && let Some(nullable) = &d.nullable
            {
                self.error(
                    location(nullable),
                    "`nullable` belongs on the field that holds the one_of, not on an alternative",
                );
            }
        }
        let name = d.ty.value.as_str();
        let kind = match name {
            "string" => TyKind::String {
                format: self.format(d),
            },
            "integer" => TyKind::Integer,
            "number" => TyKind::Number,
            "boolean" => TyKind::Boolean,
            "date" => TyKind::Date,
            "date-time" => TyKind::DateTime,
            "any" => TyKind::Any,
            "list" => {
                let Some(items) = &d.items else {
                    self.error(type_at, "a `list` needs `items: { type: … }`");
                    return None;
                };
                let nullable_items = items.value.nullable.as_ref().is_some_and(|n| n.value);
                TyKind::List {
                    items: Box::new(self.ty(items, Position::Items)?),
                    nullable_items,
                }
            }
            "json_string" => {
                let Some(of) = &d.of else {
                    self.error(type_at, "a `json_string` needs `of: <declared type>`, the type of the document inside the string");
                    return None;
                };
                TyKind::JsonString(Box::new(self.named(of, false)?))
            }
            "map" => {
                let Some(values) = &d.values else {
                    self.error(type_at, "a `map` needs `values: { type: … }`, the type of every value (keys are strings)");
                    return None;
                };
                TyKind::Map {
                    values: Box::new(self.ty(values, Position::Items)?),
                }
            }
            "object" => TyKind::Object,
            "$data" if position == Position::Field => TyKind::Data,
            "$data" => {
                self.error(type_at, "`$data` is the type of an envelope's data field; it can only be a field's type");
                return None;
            }
            _ if name.starts_with(|c: char| c.is_ascii_uppercase()) => {
                self.named(&d.ty, false)?.kind
            }
            _ => {
                self.error(type_at, format!("unknown type `{name}`; expected one of {BUILT_IN_TYPES}, or a type declared under `types`"));
                return None;
            }
        };
        self.reject_misplaced_keys(d, &kind);
        Some(Ty {
            constraints: self.constraints(d),
            kind,
        })
    }

    fn format(&mut self, d: &FieldDef) -> Option<StringFormat> {
        let format = d.format.as_ref()?;
        match format.value.as_str() {
            "email" => Some(StringFormat::Email),
            "uri" => Some(StringFormat::Uri),
            other => {
                self.error(location(format), format!("unknown string format `{other}`; expected `email` or `uri` (dates are `type: date` and `type: date-time`)"));
                None
            }
        }
    }

    fn reject_misplaced_keys(&mut self, d: &FieldDef, kind: &TyKind) {
        let is_string = matches!(kind, TyKind::String { .. });
        let is_list = matches!(kind, TyKind::List { .. });
        let checks = [
            (
                "items",
                d.items.as_ref().map(|s| location(s)),
                is_list,
                "a `list`",
            ),
            (
                "values",
                d.values.as_ref().map(|s| location(s)),
                matches!(kind, TyKind::Map { .. }),
                "a `map`",
            ),
            (
                "of",
                d.of.as_ref().map(location),
                matches!(kind, TyKind::JsonString(_)),
                "a `json_string`",
            ),
            (
                "format",
                d.format.as_ref().map(location),
                is_string,
                "a `string`",
            ),
            (
                "pattern",
                d.pattern.as_ref().map(location),
                is_string,
                "a `string`",
            ),
        ];
        let bounds = Bound::ALL.into_iter().map(|bound| {
            let target = bound.target();
            (
                bound.spec_key(),
                bound.in_spec(d).map(|(at, _)| at),
                target.applies_to(kind),
                target.owner(),
            )
        });
        for (key, at, allowed, owner) in checks.into_iter().chain(bounds) {
            if let (Some(at), false) = (at, allowed) {
                self.error(
                    at,
                    format!("`{key}` applies to {owner}, not to `type: {}`", d.ty.value),
                );
            }
        }
    }

    fn constraints(&mut self, d: &FieldDef) -> Constraints {
        let pattern = d
            .pattern
            .as_ref()
            .filter(|pattern| {
                let long = pattern.value.len() > Pattern::MAX_LEN;
                if long {
                    self.error(
                        location(pattern),
                        format!(
                            "`pattern` is {} bytes long; a pattern is at most {} bytes",
                            pattern.value.len(),
                            Pattern::MAX_LEN
                        ),
                    );
                }
                !long
            })
            .and_then(|pattern| match Pattern::new(&pattern.value) {
                Ok(compiled) => Some(compiled),
                Err(error) => {
                    self.error(
                        location(pattern),
                        format!("`pattern` is not a regular expression: {error}"),
                    );
                    None
                }
            });
        // `.nan` and `.inf` are YAML floats, but no bound a JSON number can be held to.
        let mut bound = |key: &str, stated: &Option<Spanned<f64>>| {
            let stated = stated.as_ref()?;
            if stated.value.is_finite() {
                return Some(stated.value);
            }
            self.error(
                location(stated),
                format!(
                    "`{key}` is {}; expected a finite number (leave the key out for no bound)",
                    stated.value
                ),
            );
            None
        };
        let minimum = bound("minimum", &d.minimum);
        let maximum = bound("maximum", &d.maximum);
        let constraints = Constraints {
            pattern,
            min_length: d.min_length.as_ref().map(|v| v.value),
            max_length: d.max_length.as_ref().map(|v| v.value),
            minimum,
            maximum,
            min_items: d.min_items.as_ref().map(|v| v.value),
            max_items: d.max_items.as_ref().map(|v| v.value),
            multiple_of: d.multiple_of.as_ref().map(|v| v.value),
        };
        if let Some(divisor) = &d.multiple_of
            && !(divisor.value.is_finite() && divisor.value > 0.0)
        {
            self.error(
                location(divisor),
                format!(
                    "`multiple_of` is {}; it must be a number greater than 0",
                    divisor.value
                ),
            );
        }
        let ranges = RANGES.map(|(low, high)| {
            (
                low.value(&constraints),
                high.value(&constraints),
                low.spec_key(),
                high.spec_key(),
            )
        });
        for (low, high, low_key, high_key) in ranges {
            if let (Some(low), Some(high)) = (low, high)
                && low > high
            {
                self.error(
                    location(&d.ty),
                    format!("`{low_key}` is larger than `{high_key}`; no value could fit"),
                );
            }
        }
        constraints
    }

    /// A reference to a declared type; a generic envelope only where `envelope` says so.
    pub(super) fn named(&mut self, name: &Spanned<String>, envelope: bool) -> Option<Ty> {
        let at = location(name);
        match self.declared.get(&name.value).copied() {
            None => {
                let mut known: Vec<&String> = self.declared.keys().collect();
                known.sort();
                let declared = if known.is_empty() {
                    "there are none".to_owned()
                } else {
                    format!("declared: {}", list(known))
                };
                self.error(
                    at,
                    format!(
                        "type `{}` is not declared under `types`; {declared}",
                        name.value
                    ),
                );
                None
            }
            Some(true) if !envelope => {
                self.error(
                    at,
                    format!(
                        "`{}` has a `$data` field, so it can only be used as `response.envelope`",
                        name.value
                    ),
                );
                None
            }
            Some(false) if envelope => {
                self.error(
                    at,
                    format!(
                        "envelope `{}` has no field of type `$data` for the response data to fill",
                        name.value
                    ),
                );
                None
            }
            Some(_) => Some(Ty {
                kind: TyKind::Named {
                    name: name.value.clone(),
                    data: None,
                },
                constraints: Constraints::default(),
            }),
        }
    }

    /// The length (fewest, most) a body's `min_items` and `max_items` state; each is reported,
    /// and dropped, on a body that is not a JSON list (`is_list`), and a crossed pair is reported.
    fn list_length(
        &mut self,
        is_list: bool,
        min: &Option<Spanned<u64>>,
        max: &Option<Spanned<u64>>,
    ) -> (Option<u64>, Option<u64>) {
        if !is_list {
            for (key, stated) in [("min_items", min), ("max_items", max)] {
                if let Some(stated) = stated {
                    self.error(
                        location(stated),
                        format!("`{key}` bounds a body that is a JSON list (`list_of`), and this body is not one"),
                    );
                }
            }
            return (None, None);
        }
        if let (Some(low), Some(high)) = (min, max)
            && low.value > high.value
        {
            self.error(
                location(high),
                "`min_items` is larger than `max_items`; no value could fit",
            );
        }
        (min.as_ref().map(|v| v.value), max.as_ref().map(|v| v.value))
    }

    /// Checks an answer that is bytes of the media type `media`, not JSON: a media type, not a
    /// JSON one, and nothing that describes JSON beside it.
    fn media_answer(
        &mut self,
        response: &crate::spec::ResponseDef,
        media: &Spanned<String>,
    ) -> Result<(), ()> {
        let text = media.value.trim();
        let essence = String::from_utf8_lossy(codegen_runtime::media_essence(text.as_bytes()));
        let well_formed = essence.split_once('/').is_some_and(|(kind, sub)| {
            let token = |part: &str| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
            };
            token(kind) && token(sub)
        });
        if !well_formed {
            self.error(
                location(media),
                format!("`{text}` is not a media type; expected `type/subtype`, such as `application/pdf` or `text/csv`"),
            );
            return Err(());
        }
        if codegen_runtime::is_json_media_type(text.as_bytes()) {
            self.error(
                location(media),
                format!("`content_type: {text}` is JSON; an answer in JSON is described by `body` (or `list_of`), and `content_type` names one that is not"),
            );
            return Err(());
        }
        let beside = [
            ("body", response.body.is_some()),
            ("list_of", response.list_of.is_some()),
            ("envelope", response.envelope.is_some()),
            ("data", response.data.is_some()),
            ("status", response.status.is_some()),
            ("examples", !response.examples.is_empty()),
        ];
        let mut fine = true;
        for (key, _) in beside.iter().filter(|(_, present)| *present) {
            self.error(
                location(media),
                format!("an answer of `{text}` is its bytes, which the client returns as they come: expected no `{key}` beside `content_type`"),
            );
            fine = false;
        }
        if response
            .http_status
            .as_ref()
            .is_some_and(|status| status.value == 204)
        {
            self.error(
                location(media),
                "`http_status: 204` answers no content: expected no `content_type`",
            );
            fine = false;
        }
        if fine { Ok(()) } else { Err(()) }
    }

    /// A request body's type: its `body`, or a list of `list_of`; `None` when it did not
    /// resolve (reported).
    pub(super) fn request_type(&mut self, def: &Spanned<crate::spec::RequestDef>) -> Option<Ty> {
        let length = self.list_length(
            def.value.list_of.is_some(),
            &def.value.min_items,
            &def.value.max_items,
        );
        match (&def.value.body, &def.value.list_of) {
            (Some(body), None) => self.named(body, false),
            (body, Some(items)) => {
                if body.is_some() {
                    // Reported; the list is still the body, so its item type counts as used.
                    self.error(
                        location(items),
                        "`list_of` is the whole body: expected it without `body`",
                    );
                }
                self.named(items, false).map(|items| list_of(items, length))
            }
            (None, None) => {
                self.error(
                    location(def),
                    "a request needs `body` (the body's type) or `list_of` (the type of each item of a body that is a JSON list)",
                );
                None
            }
        }
    }

    /// An error body's type: its `body` (the vendor's error is an object); `None` when it did
    /// not resolve (reported).
    pub(super) fn error_type(&mut self, def: &Spanned<crate::spec::RequestDef>) -> Option<Ty> {
        self.list_length(false, &def.value.min_items, &def.value.max_items);
        if let Some(items) = &def.value.list_of {
            self.error(
                location(items),
                "an error body is the vendor's error object: expected `body`, not `list_of`",
            );
        }
        // Reported above, the type `list_of` names stands in for the body: it is used, and
        // nothing more is said of it.
        match def.value.body.as_ref().or(def.value.list_of.as_ref()) {
            Some(body) => self.named(body, false),
            None => {
                self.error(
                    location(def),
                    "`errors` needs `body`: the type of the vendor's error body",
                );
                None
            }
        }
    }

    /// The response's type: `Ok(None)` for a response without a body, `Err` when it did not
    /// resolve (reported).
    pub(super) fn response_type(&mut self, spec: &SpecFile) -> Result<Option<Ty>, ()> {
        let response = &spec.response;
        if let Some(media) = &response.content_type {
            return self.media_answer(response, media).map(|()| None);
        }
        let length = self.list_length(
            response.list_of.is_some(),
            &response.min_items,
            &response.max_items,
        );
        if let Some(items) = &response.list_of {
            if response.body.is_some() || response.envelope.is_some() || response.data.is_some() {
                // Reported; the list is still the answer, so its item type counts as used.
                self.error(
                    location(items),
                    "`list_of` is the whole body: expected it without `body`, `envelope` or `data`",
                );
            }
            return self
                .named(items, false)
                .map(|items| list_of(items, length))
                .map(Some)
                .ok_or(());
        }
        match (&response.body, &response.envelope, &response.data) {
            (None, None, None) => Ok(None),
            (Some(body), None, None) => self.named(body, false).map(Some).ok_or(()),
            (None, Some(envelope), Some(data)) => {
                let data = self.named(data, false);
                let mut envelope = self.named(envelope, true).ok_or(())?;
                if let TyKind::Named { data: slot, .. } = &mut envelope.kind {
                    *slot = Some(Box::new(data.ok_or(())?));
                }
                Ok(Some(envelope))
            }
            _ => {
                self.error(
                    location(&spec.path),
                    "`response` has either `body`, or both `envelope` and `data` (or none of them, for a response without a body)",
                );
                Err(())
            }
        }
    }
}

/// Where a type expression stands, which decides the keys it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Position {
    Param,
    Field,
    Items,
    Alternative,
}

impl Position {
    fn describe(self) -> &'static str {
        match self {
            Self::Param => "a parameter",
            Self::Field => "a field",
            Self::Items => "list `items`",
            Self::Alternative => "a one_of alternative",
        }
    }
}

/// A body that is a JSON list of `items`, of the length (fewest, most) its spec states.
fn list_of(items: Ty, (min_items, max_items): (Option<u64>, Option<u64>)) -> Ty {
    Ty {
        kind: TyKind::List {
            items: Box::new(items),
            nullable_items: false,
        },
        constraints: Constraints {
            min_items,
            max_items,
            ..Constraints::default()
        },
    }
}
