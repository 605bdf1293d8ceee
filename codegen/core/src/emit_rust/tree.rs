//! The `syn` trees the emitter builds directly, part by part.
//!
//! `cargo xtask codegen` formats with prettyplease, which prints `syn` trees: whatever the
//! emitter writes as tokens (`quote!`) is read back by `syn` before it can be printed, and at
//! a thousand endpoints that reading was a third of the time spent on Rust. The items made for
//! every type (structs, enums, their `new` and setters, `Validate` impls and the runtime's
//! macro calls) are built as trees from these parts instead; they print to the same bytes, and
//! turn into the same tokens for the macro.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use syn::punctuated::Punctuated;
use syn::{
    AngleBracketedGenericArguments, AttrStyle, Attribute, Block, Expr, ExprCall, ExprField,
    ExprLit, ExprMethodCall, ExprPath, ExprReference, Field, FieldModifiers, FnArg,
    GenericArgument, GenericParam, Generics, ImplItemFn, Lit, LitStr, Macro, MacroDelimiter,
    Member, Meta, MetaList, MetaNameValue, Pat, PatIdent, PatType, Path, PathArguments,
    PathSegment, ReturnType, Safety, Signature, Stmt, TraitBound, Type, TypeParam, TypeParamBound,
    TypePath, Visibility,
};

pub(super) fn word(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

pub(super) fn path(segments: &[&str]) -> Path {
    Path {
        leading_colon: None,
        segments: segments
            .iter()
            .map(|segment| PathSegment::from(word(segment)))
            .collect(),
    }
}

/// The type at `path` (`rt::Report`).
pub(super) fn path_type(segments: &[&str]) -> Type {
    type_of(path(segments))
}

/// The type a path names, as written (`Name`, `super::types::Name`, `Vec<String>`).
pub(super) fn type_of(path: Path) -> Type {
    Type::Path(TypePath {
        attrs: Vec::new(),
        qself: None,
        path,
    })
}

/// The type `outer<args>` (`Option<T>`).
pub(super) fn generic(outer: Path, args: Vec<Type>) -> Type {
    type_of(generic_path(outer, args))
}

/// `outer<args>`: a path whose last segment takes the types `args` (`Into<T>`).
pub(super) fn generic_path(outer: Path, args: Vec<Type>) -> Path {
    with_arguments(outer, args.into_iter().map(GenericArgument::Type))
}

/// `outer<args>` for any generic arguments (`Pointer<'_>`).
pub(super) fn with_arguments(
    mut outer: Path,
    args: impl IntoIterator<Item = GenericArgument>,
) -> Path {
    if let Some(last) = outer.segments.last_mut() {
        last.arguments = PathArguments::AngleBracketed(AngleBracketedGenericArguments {
            colon2_token: None,
            lt_token: Default::default(),
            args: args.into_iter().collect(),
            gt_token: Default::default(),
        });
    }
    outer
}

/// `<T>`, or no generics.
pub(super) fn data_parameter(generic: bool) -> Generics {
    if !generic {
        return Generics::default();
    }
    Generics {
        lt_token: Some(Default::default()),
        params: Punctuated::from_iter([GenericParam::Type(TypeParam::from(word("T")))]),
        gt_token: Some(Default::default()),
        where_clause: None,
    }
}

/// `name` or `name<T>`: a generated type where it is used.
pub(super) fn self_type(name: &Ident, generic: bool) -> Type {
    let path = Path::from(name.clone());
    if generic {
        self::generic(path, vec![path_type(&["T"])])
    } else {
        type_of(path)
    }
}

/// `<T: bound>` where `generic`, or no generics.
pub(super) fn bounded_data_parameter(generic: bool, bound: &[&str]) -> Generics {
    let mut generics = data_parameter(generic);
    for param in generics.params.iter_mut() {
        if let GenericParam::Type(param) = param {
            param.colon_token = Some(Default::default());
            param.bounds.push(trait_bound(path(bound)));
        }
    }
    generics
}

/// A trait as a bound (`Into<T>` in `impl Into<T>`, `rt::Validate` in `T: rt::Validate`).
pub(super) fn trait_bound(path: Path) -> TypeParamBound {
    TypeParamBound::Trait(TraitBound {
        paren_token: None,
        lifetimes: None,
        modifiers: Default::default(),
        maybe: None,
        path,
    })
}

/// `#attrs #vis fn name(inputs) #output { stmts }`.
pub(super) fn function(
    attrs: Vec<Attribute>,
    vis: Visibility,
    name: Ident,
    inputs: Vec<FnArg>,
    output: ReturnType,
    stmts: Vec<Stmt>,
) -> ImplItemFn {
    ImplItemFn {
        attrs,
        vis,
        modifiers: Default::default(),
        sig: Signature {
            constness: None,
            asyncness: None,
            safety: Safety::Default,
            abi: None,
            fn_token: Default::default(),
            ident: name,
            generics: Generics::default(),
            paren_token: Default::default(),
            inputs: inputs.into_iter().collect(),
            variadic: None,
            output,
        },
        block: Block {
            brace_token: Default::default(),
            stmts,
        },
    }
}

/// The parameter `name: ty`.
pub(super) fn typed_arg(name: Ident, ty: Type) -> FnArg {
    FnArg::Typed(PatType {
        attrs: Vec::new(),
        pat: Box::new(Pat::Ident(PatIdent {
            attrs: Vec::new(),
            by_ref: None,
            mutability: None,
            ident: name,
            subpat: None,
        })),
        colon_token: Default::default(),
        ty: Box::new(ty),
    })
}

/// `#[meta]`.
pub(super) fn outer(meta: Meta) -> Attribute {
    Attribute {
        pound_token: Default::default(),
        style: AttrStyle::Outer,
        bracket_token: Default::default(),
        meta,
    }
}

/// `#[path(tokens)]`: prettyplease prints an attribute's arguments from their tokens, so they
/// are written as tokens.
pub(super) fn attr(segments: &[&str], tokens: TokenStream) -> Attribute {
    outer(Meta::List(MetaList {
        path: path(segments),
        delimiter: MacroDelimiter::Paren(Default::default()),
        tokens,
    }))
}

/// `#[doc = "text"]`: one line of rustdoc.
pub(super) fn doc(text: &str) -> Attribute {
    outer(Meta::NameValue(MetaNameValue {
        path: path(&["doc"]),
        eq_token: Default::default(),
        value: Expr::Lit(ExprLit {
            attrs: Vec::new(),
            lit: Lit::Str(LitStr::new(text, Span::call_site())),
        }),
    }))
}

/// A named field, `#attrs pub name: ty`.
pub(super) fn field(attrs: Vec<Attribute>, name: Ident, ty: Type) -> Field {
    Field {
        attrs,
        vis: Visibility::Public(Default::default()),
        modifiers: FieldModifiers::default(),
        ident: Some(name),
        colon_token: Some(Default::default()),
        ty,
        default: None,
    }
}

/// A field of a tuple variant: its type alone.
pub(super) fn unnamed_field(ty: Type) -> Field {
    Field {
        attrs: Vec::new(),
        vis: Visibility::Inherited,
        modifiers: FieldModifiers::default(),
        ident: None,
        colon_token: None,
        ty,
        default: None,
    }
}

/// `path!(tokens);`, an item that calls a macro.
pub(super) fn macro_call(segments: &[&str], tokens: TokenStream) -> syn::Item {
    syn::Item::Macro(syn::ItemMacro {
        attrs: Vec::new(),
        ident: None,
        mac: Macro {
            path: path(segments),
            bang_token: Default::default(),
            delimiter: MacroDelimiter::Paren(Default::default()),
            tokens,
        },
        semi_token: Some(Default::default()),
    })
}

/// The local `name` (a parameter), raw identifiers included.
pub(super) fn ident_expr(name: Ident) -> Expr {
    Expr::Path(ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: Path::from(name),
    })
}

pub(super) fn path_expr(segments: &[&str]) -> Expr {
    Expr::Path(ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: path(segments),
    })
}

/// `func(args)`.
pub(super) fn call(func: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call(ExprCall {
        attrs: Vec::new(),
        func: Box::new(func),
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `receiver.method(args)`.
pub(super) fn method_call(receiver: Expr, method: &str, args: Vec<Expr>) -> Expr {
    Expr::MethodCall(ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(receiver),
        dot_token: Default::default(),
        method: word(method),
        turbofish: None,
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `self.field`.
pub(super) fn self_field(field: Ident) -> Expr {
    Expr::Field(ExprField {
        attrs: Vec::new(),
        base: Box::new(path_expr(&["self"])),
        dot_token: Default::default(),
        member: Member::Named(field),
    })
}

/// `&value`.
pub(super) fn reference(value: Expr) -> Expr {
    Expr::Reference(ExprReference {
        attrs: Vec::new(),
        and_token: Default::default(),
        mutability: None,
        expr: Box::new(value),
    })
}

/// A literal as `quote!` writes the value (`64u64`, `0f64`, `"text"`).
pub(super) fn literal(literal: Literal) -> Expr {
    Expr::Lit(ExprLit {
        attrs: Vec::new(),
        lit: Lit::new(literal),
    })
}
