//! Pagination: where a page's items are, and how the next page is asked for, checked against
//! the endpoint's types and parameters.

use super::*;
use crate::ir::{Pagination, Paging, Slot};
use crate::spec::PagingStyleDef;
use codegen_runtime::ParamLocation;

impl Resolver<'_> {
    /// The endpoint's pagination, checked against its resolved types; `None` when it states
    /// none or when it does not fit (reported).
    pub(super) fn pagination(
        &mut self,
        spec: &SpecFile,
        endpoint: &Endpoint,
    ) -> Option<Pagination> {
        let def = spec.pagination.as_ref()?;
        let d = &def.value;
        let Some(response) = &endpoint.response else {
            self.error(
                location(def),
                "`pagination` needs a response with a body, whose items it walks",
            );
            return None;
        };
        let items_at = location(&d.items);
        let item = match endpoint
            .type_at(&response.ty, &d.items.value)
            .map(|ty| ty.kind)
        {
            Some(TyKind::List { items, .. }) => *items,
            Some(_) => {
                self.error(
                    items_at,
                    format!(
                        "`items: {}` is not a list in `{}`",
                        d.items.value,
                        response.ty.describe()
                    ),
                );
                return None;
            }
            None => {
                self.error(items_at, format!("`items: {}` leads nowhere in `{}`; expected a JSON Pointer to a list, like `/data/items`", d.items.value, response.ty.describe()));
                return None;
            }
        };
        // The keys the style needs (and whether each is there), and those it must not have.
        type Keys<'k> = (&'k [(&'k str, bool)], &'k [(&'k str, Option<Location>)]);
        let (wanted, unwanted): Keys = match d.style.value {
            PagingStyleDef::Page => (
                &[("page", d.page.is_some())],
                &[
                    ("cursor", d.cursor.as_ref().map(location)),
                    ("next_from", d.next_from.as_ref().map(location)),
                ],
            ),
            PagingStyleDef::Cursor => (
                &[
                    ("cursor", d.cursor.is_some()),
                    ("next_from", d.next_from.is_some()),
                ],
                &[
                    ("page", d.page.as_ref().map(location)),
                    ("first_page", d.first_page.as_ref().map(location)),
                ],
            ),
        };
        let style = match d.style.value {
            PagingStyleDef::Page => "page",
            PagingStyleDef::Cursor => "cursor",
        };
        let mut ok = true;
        for (key, present) in wanted {
            if !present {
                self.error(
                    location(def),
                    format!("`style: {style}` pagination needs `{key}`"),
                );
                ok = false;
            }
        }
        for (key, at) in unwanted {
            if let Some(at) = at {
                self.error(
                    *at,
                    format!(
                        "`{key}` belongs to the other pagination style, not to `style: {style}`"
                    ),
                );
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        // Either style may state a page size and a total: a walk ends on a page shorter than
        // the size, or once it has the total, without asking for an empty page.
        let limit = match &d.limit {
            Some(limit) => Some(self.slot(limit, spec, endpoint)?),
            None => None,
        };
        if let Some(total) = &d.total {
            let kind = endpoint
                .type_at(&response.ty, &total.value)
                .map(|ty| ty.kind);
            if !matches!(kind, Some(TyKind::Integer | TyKind::Number)) {
                self.error(
                    location(total),
                    format!(
                        "`total: {}` is not a number in `{}`",
                        total.value,
                        response.ty.describe()
                    ),
                );
                return None;
            }
        }
        let total = d.total.as_ref().map(|total| total.value.clone());
        let paging = match d.style.value {
            PagingStyleDef::Page => {
                let page = self.slot(d.page.as_ref()?, spec, endpoint)?;
                Paging::Page {
                    page,
                    limit,
                    first: d.first_page.as_ref().map_or(1, |first| first.value),
                    total,
                }
            }
            PagingStyleDef::Cursor => {
                let cursor = self.slot(d.cursor.as_ref()?, spec, endpoint)?;
                let from = d.next_from.as_ref()?;
                if endpoint.type_at(&item, &from.value).is_none() {
                    self.error(
                        location(from),
                        format!(
                            "`next_from: {}` leads nowhere in an item (`{}`)",
                            from.value,
                            item.describe()
                        ),
                    );
                    return None;
                }
                Paging::Cursor {
                    cursor,
                    from_item: from.value.clone(),
                    limit,
                    total,
                }
            }
        };
        Some(Pagination {
            items: d.items.value.clone(),
            item,
            paging,
        })
    }

    /// Where a paging value goes: a JSON Pointer into the request body, or a query parameter.
    fn slot(
        &mut self,
        text: &Spanned<String>,
        spec: &SpecFile,
        endpoint: &Endpoint,
    ) -> Option<Slot> {
        let at = location(text);
        if text.value.starts_with('/') {
            let Some(request) = &endpoint.request else {
                self.error(
                    at,
                    format!(
                        "`{}` points into the request body, but the call sends none",
                        text.value
                    ),
                );
                return None;
            };
            if endpoint.type_at(&request.ty, &text.value).is_none() {
                self.error(
                    at,
                    format!(
                        "`{}` leads nowhere in the request body `{}`",
                        text.value,
                        request.ty.describe()
                    ),
                );
                return None;
            }
            return Some(Slot::Body(text.value.clone()));
        }
        let is_query = endpoint
            .params
            .iter()
            .any(|param| param.name == text.value && param.location == ParamLocation::Query);
        if !is_query {
            let declared: Vec<&String> = spec.params.keys().collect();
            let declared = if declared.is_empty() {
                "none".to_owned()
            } else {
                list(declared)
            };
            self.error(at, format!("`{}` is neither a JSON Pointer into the request body (`/page`) nor a query parameter; parameters declared: {declared}", text.value));
            return None;
        }
        Some(Slot::Query(text.value.clone()))
    }
}
