//! Post-parse checks for errors that CPython 3.11 reports from its symbol table and compiler
//! rather than from the parser, but that belong to "target/argument validity":
//!
//! * symbol table: `duplicate argument 'x' in function definition`;
//! * code generation: `starred assignment target must be in a list or tuple`,
//!   `multiple starred expressions in assignment`,
//!   `too many expressions in star-unpacking assignment`,
//!   `can't use starred expression here`, `keyword argument repeated: x`.
//!
//! They run only when parsing succeeded. As in CPython, all symbol-table errors come before
//! code-generation errors, and each walk follows CPython's visiting order. Other compile-time
//! errors (`'return' outside function`, ...) are left to the compiler, so when a program has one
//! of those *and* one of these, the reported error may differ from CPython's.

use crate::ast::*;

pub struct CheckError {
    pub loc: Loc,
    pub msg: String,
}

type R = Result<(), CheckError>;

fn err(loc: Loc, msg: String) -> R {
    Err(CheckError { loc, msg })
}

pub fn check_module(body: &[Stmt]) -> R {
    for s in body {
        sym_stmt(s)?;
    }
    for s in body {
        gen_stmt(s)?;
    }
    Ok(())
}

// ----------------------------------------------------------------------------------------
// Symbol table walk: duplicate parameters.

fn sym_params(args: &Arguments) -> R {
    let mut seen: Vec<&str> = Vec::new();
    let order = args
        .posonlyargs
        .iter()
        .chain(args.args.iter())
        .chain(args.kwonlyargs.iter())
        .chain(args.vararg.iter())
        .chain(args.kwarg.iter());
    for a in order {
        if seen.contains(&a.name.as_str()) {
            return err(
                a.loc,
                format!("duplicate argument '{}' in function definition", a.name),
            );
        }
        seen.push(&a.name);
    }
    Ok(())
}

fn sym_arg_exprs(args: &Arguments) -> R {
    for d in &args.defaults {
        sym_expr(d)?;
    }
    for d in args.kw_defaults.iter().flatten() {
        sym_expr(d)?;
    }
    Ok(())
}

fn sym_annotations(args: &Arguments, returns: Option<&Expr>) -> R {
    let all = args
        .posonlyargs
        .iter()
        .chain(args.args.iter())
        .chain(args.vararg.iter())
        .chain(args.kwonlyargs.iter())
        .chain(args.kwarg.iter());
    for a in all {
        if let Some(ann) = &a.annotation {
            sym_expr(ann)?;
        }
    }
    if let Some(r) = returns {
        sym_expr(r)?;
    }
    Ok(())
}

fn sym_stmts(v: &[Stmt]) -> R {
    for s in v {
        sym_stmt(s)?;
    }
    Ok(())
}

fn sym_stmt(s: &Stmt) -> R {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            sym_arg_exprs(&f.args)?;
            sym_annotations(&f.args, f.returns.as_ref())?;
            for d in &f.decorators {
                sym_expr(d)?;
            }
            sym_params(&f.args)?;
            sym_stmts(&f.body)
        }
        StmtKind::ClassDef(c) => {
            for b in &c.bases {
                sym_expr(b)?;
            }
            for k in &c.keywords {
                sym_expr(&k.value)?;
            }
            for d in &c.decorators {
                sym_expr(d)?;
            }
            sym_stmts(&c.body)
        }
        StmtKind::Return(v) => v.as_ref().map_or(Ok(()), sym_expr),
        StmtKind::Delete(v) => v.iter().try_for_each(sym_expr),
        StmtKind::Assign { targets, value } => {
            targets.iter().try_for_each(sym_expr)?;
            sym_expr(value)
        }
        StmtKind::AugAssign { target, value, .. } => {
            sym_expr(target)?;
            sym_expr(value)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            sym_expr(target)?;
            sym_expr(annotation)?;
            value.as_ref().map_or(Ok(()), sym_expr)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            sym_expr(target)?;
            sym_expr(iter)?;
            sym_stmts(body)?;
            sym_stmts(orelse)
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            sym_expr(test)?;
            sym_stmts(body)?;
            sym_stmts(orelse)
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                sym_expr(&i.context_expr)?;
                if let Some(v) = &i.optional_vars {
                    sym_expr(v)?;
                }
            }
            sym_stmts(body)
        }
        StmtKind::Match { subject, cases } => {
            sym_expr(subject)?;
            for c in cases {
                sym_pattern(&c.pattern)?;
                if let Some(g) = &c.guard {
                    sym_expr(g)?;
                }
                sym_stmts(&c.body)?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().map_or(Ok(()), sym_expr)?;
            cause.as_ref().map_or(Ok(()), sym_expr)
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            sym_stmts(body)?;
            sym_stmts(orelse)?;
            for h in handlers {
                if let Some(t) = &h.typ {
                    sym_expr(t)?;
                }
                sym_stmts(&h.body)?;
            }
            sym_stmts(finalbody)
        }
        StmtKind::Assert { test, msg } => {
            sym_expr(test)?;
            msg.as_ref().map_or(Ok(()), sym_expr)
        }
        StmtKind::Expr(e) => sym_expr(e),
        _ => Ok(()),
    }
}

fn sym_pattern(p: &Pattern) -> R {
    match &p.kind {
        PatternKind::MatchValue(e) => sym_expr(e),
        PatternKind::MatchSequence(v) | PatternKind::MatchOr(v) => {
            v.iter().try_for_each(sym_pattern)
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            keys.iter().try_for_each(sym_expr)?;
            patterns.iter().try_for_each(sym_pattern)
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            sym_expr(cls)?;
            patterns.iter().try_for_each(sym_pattern)?;
            kwd_patterns.iter().try_for_each(sym_pattern)
        }
        PatternKind::MatchAs {
            pattern: Some(p), ..
        } => sym_pattern(p),
        _ => Ok(()),
    }
}

fn sym_comprehension(generators: &[Comprehension], elts: &[&Expr]) -> R {
    // The first iterator is evaluated in the enclosing scope.
    if let Some(g) = generators.first() {
        sym_expr(&g.iter)?;
    }
    for (i, g) in generators.iter().enumerate() {
        sym_expr(&g.target)?;
        if i > 0 {
            sym_expr(&g.iter)?;
        }
        g.ifs.iter().try_for_each(sym_expr)?;
    }
    elts.iter().try_for_each(|e| sym_expr(e))
}

fn sym_expr(e: &Expr) -> R {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(sym_expr),
        ExprKind::NamedExpr { target, value } => {
            sym_expr(value)?;
            sym_expr(target)
        }
        ExprKind::BinOp { left, right, .. } => {
            sym_expr(left)?;
            sym_expr(right)
        }
        ExprKind::UnaryOp { operand, .. } => sym_expr(operand),
        ExprKind::Lambda { args, body } => {
            sym_arg_exprs(args)?;
            sym_params(args)?;
            sym_expr(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            sym_expr(test)?;
            sym_expr(body)?;
            sym_expr(orelse)
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    sym_expr(k)?;
                }
                sym_expr(v)?;
            }
            Ok(())
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::JoinedStr(v) => {
            v.iter().try_for_each(sym_expr)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => sym_comprehension(generators, &[elt]),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => sym_comprehension(generators, &[key, value]),
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => sym_expr(v),
        ExprKind::Yield(v) => v.as_ref().map_or(Ok(()), |x| sym_expr(x)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            sym_expr(left)?;
            comparators.iter().try_for_each(sym_expr)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            sym_expr(func)?;
            args.iter().try_for_each(sym_expr)?;
            keywords.iter().try_for_each(|k| sym_expr(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            sym_expr(value)?;
            format_spec.as_ref().map_or(Ok(()), |x| sym_expr(x))
        }
        ExprKind::Attribute { value, .. } => sym_expr(value),
        ExprKind::Subscript { value, slice } => {
            sym_expr(value)?;
            sym_expr(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                sym_expr(x)?;
            }
            Ok(())
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
    }
}

// ----------------------------------------------------------------------------------------
// Code generation walk: starred expressions and repeated keywords.

fn gen_stmts(v: &[Stmt]) -> R {
    for s in v {
        gen_stmt(s)?;
    }
    Ok(())
}

fn gen_args(args: &Arguments) -> R {
    for d in &args.defaults {
        gen_expr(d)?;
    }
    for d in args.kw_defaults.iter().flatten() {
        gen_expr(d)?;
    }
    Ok(())
}

fn gen_annotations(args: &Arguments, returns: Option<&Expr>) -> R {
    let all = args
        .args
        .iter()
        .chain(args.posonlyargs.iter())
        .chain(args.vararg.iter())
        .chain(args.kwonlyargs.iter())
        .chain(args.kwarg.iter());
    for a in all {
        if let Some(ann) = &a.annotation {
            // `*args: *Ts` is allowed.
            match &ann.kind {
                ExprKind::Starred(v) => gen_expr(v)?,
                _ => gen_expr(ann)?,
            }
        }
    }
    if let Some(r) = returns {
        gen_expr(r)?;
    }
    Ok(())
}

fn validate_keywords(keywords: &[Keyword]) -> R {
    for (i, k) in keywords.iter().enumerate() {
        let Some(name) = &k.arg else { continue };
        for other in &keywords[i + 1..] {
            if other.arg.as_deref() == Some(name.as_str()) {
                return err(other.loc, format!("keyword argument repeated: {}", name));
            }
        }
    }
    Ok(())
}

fn gen_stmt(s: &Stmt) -> R {
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                gen_expr(d)?;
            }
            gen_args(&f.args)?;
            gen_annotations(&f.args, f.returns.as_ref())?;
            gen_stmts(&f.body)
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                gen_expr(d)?;
            }
            gen_stmts(&c.body)?;
            validate_keywords(&c.keywords)?;
            gen_call_args(&c.bases, &c.keywords)
        }
        StmtKind::Return(v) => v.as_ref().map_or(Ok(()), gen_expr),
        StmtKind::Delete(v) => v.iter().try_for_each(gen_expr),
        StmtKind::Assign { targets, value } => {
            gen_expr(value)?;
            targets.iter().try_for_each(gen_target)
        }
        StmtKind::AugAssign { target, value, .. } => {
            gen_expr(target)?;
            gen_expr(value)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            if let Some(v) = value {
                gen_expr(v)?;
                gen_target(target)?;
            }
            gen_expr(annotation)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            gen_expr(iter)?;
            gen_target(target)?;
            gen_stmts(body)?;
            gen_stmts(orelse)
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            gen_expr(test)?;
            gen_stmts(body)?;
            gen_stmts(orelse)
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                gen_expr(&i.context_expr)?;
                if let Some(v) = &i.optional_vars {
                    gen_target(v)?;
                }
            }
            gen_stmts(body)
        }
        StmtKind::Match { subject, cases } => {
            gen_expr(subject)?;
            for c in cases {
                gen_pattern(&c.pattern)?;
                if let Some(g) = &c.guard {
                    gen_expr(g)?;
                }
                gen_stmts(&c.body)?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().map_or(Ok(()), gen_expr)?;
            cause.as_ref().map_or(Ok(()), gen_expr)
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            gen_stmts(body)?;
            for h in handlers {
                if let Some(t) = &h.typ {
                    gen_expr(t)?;
                }
                gen_stmts(&h.body)?;
            }
            gen_stmts(orelse)?;
            gen_stmts(finalbody)
        }
        StmtKind::Assert { test, msg } => {
            gen_expr(test)?;
            msg.as_ref().map_or(Ok(()), gen_expr)
        }
        StmtKind::Expr(e) => gen_expr(e),
        _ => Ok(()),
    }
}

fn gen_pattern(p: &Pattern) -> R {
    match &p.kind {
        PatternKind::MatchValue(e) => gen_expr(e),
        PatternKind::MatchSequence(v) | PatternKind::MatchOr(v) => {
            v.iter().try_for_each(gen_pattern)
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            keys.iter().try_for_each(gen_expr)?;
            patterns.iter().try_for_each(gen_pattern)
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            gen_expr(cls)?;
            patterns.iter().try_for_each(gen_pattern)?;
            kwd_patterns.iter().try_for_each(gen_pattern)
        }
        PatternKind::MatchAs {
            pattern: Some(p), ..
        } => gen_pattern(p),
        _ => Ok(()),
    }
}

/// An assignment target (Store context).
fn gen_target(t: &Expr) -> R {
    match &t.kind {
        ExprKind::Starred(_) => err(
            t.loc,
            "starred assignment target must be in a list or tuple".into(),
        ),
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            let mut seen_star = false;
            for (i, e) in elts.iter().enumerate() {
                if let ExprKind::Starred(_) = e.kind {
                    if seen_star {
                        return err(t.loc, "multiple starred expressions in assignment".into());
                    }
                    if i >= 256 || elts.len() - i > (i32::MAX >> 8) as usize {
                        return err(
                            t.loc,
                            "too many expressions in star-unpacking assignment".into(),
                        );
                    }
                    seen_star = true;
                }
            }
            for e in elts {
                match &e.kind {
                    ExprKind::Starred(v) => gen_target(v)?,
                    _ => gen_target(e)?,
                }
            }
            Ok(())
        }
        ExprKind::Attribute { value, .. } => gen_expr(value),
        ExprKind::Subscript { value, slice } => {
            gen_expr(value)?;
            gen_expr(slice)
        }
        _ => gen_expr(t),
    }
}

/// Elements of a list/tuple/set display or call arguments: `*x` allowed.
fn gen_elts(v: &[Expr]) -> R {
    for e in v {
        match &e.kind {
            ExprKind::Starred(x) => gen_expr(x)?,
            _ => gen_expr(e)?,
        }
    }
    Ok(())
}

fn gen_call_args(args: &[Expr], keywords: &[Keyword]) -> R {
    gen_elts(args)?;
    keywords.iter().try_for_each(|k| gen_expr(&k.value))
}

fn gen_comprehension(generators: &[Comprehension], elts: &[&Expr]) -> R {
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            gen_expr(&g.iter)?;
        }
        gen_target(&g.target)?;
        g.ifs.iter().try_for_each(gen_expr)?;
    }
    elts.iter().try_for_each(|e| gen_expr(e))?;
    match generators.first() {
        Some(g) => gen_expr(&g.iter),
        None => Ok(()),
    }
}

fn gen_expr(e: &Expr) -> R {
    match &e.kind {
        ExprKind::Starred(_) => err(e.loc, "can't use starred expression here".into()),
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(gen_expr),
        ExprKind::NamedExpr { target, value } => {
            gen_expr(value)?;
            gen_target(target)
        }
        ExprKind::BinOp { left, right, .. } => {
            gen_expr(left)?;
            gen_expr(right)
        }
        ExprKind::UnaryOp { operand, .. } => gen_expr(operand),
        ExprKind::Lambda { args, body } => {
            gen_args(args)?;
            gen_expr(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            gen_expr(test)?;
            gen_expr(body)?;
            gen_expr(orelse)
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    gen_expr(k)?;
                }
                gen_expr(v)?;
            }
            Ok(())
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => gen_elts(v),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => gen_comprehension(generators, &[elt]),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => gen_comprehension(generators, &[key, value]),
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => gen_expr(v),
        ExprKind::Yield(v) => v.as_ref().map_or(Ok(()), |x| gen_expr(x)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            gen_expr(left)?;
            comparators.iter().try_for_each(gen_expr)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            gen_expr(func)?;
            validate_keywords(keywords)?;
            gen_call_args(args, keywords)
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            gen_expr(value)?;
            format_spec.as_ref().map_or(Ok(()), |x| gen_expr(x))
        }
        ExprKind::JoinedStr(v) => v.iter().try_for_each(gen_expr),
        ExprKind::Attribute { value, .. } => gen_expr(value),
        ExprKind::Subscript { value, slice } => {
            gen_expr(value)?;
            gen_expr(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                gen_expr(x)?;
            }
            Ok(())
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
    }
}
