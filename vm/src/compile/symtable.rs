//! Symbol-table analysis: a port of CPython 3.11's `Python/symtable.c`.
//!
//! A first pass walks the AST and records, for every scope (module, class, function,
//! lambda, comprehension), the names it binds/uses and how (`DEF_*` flags). A second pass
//! (`analyze`) resolves every name to a `Scope` (local, cell, free, global implicit or
//! explicit), following CPython's rules exactly (class scopes are skipped when resolving
//! names of nested functions, implicit `__class__` cell, `nonlocal`/`global`, walrus targets
//! in comprehensions, ...).

use super::{make_error, mangle, CResult, FxHashMap};
use crate::ast::*;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Symbol names are shared (`Rc<str>`) between the per-scope map, insertion order and the
/// analysis sets.
pub type Name = Rc<str>;

/// A name's flags (`DEF_*`, `USE`) and, after analysis, its scope.
#[derive(Debug, Clone, Copy)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Option<Scope>,
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// One scope.
#[derive(Debug)]
pub struct Entry {
    #[allow(dead_code)]
    pub name: String,
    pub typ: BlockType,
    pub comprehension: Option<CompKind>,
    /// Symbol names in insertion order.
    pub order: Vec<Name>,
    pub symbols: FxHashMap<Name, Symbol>,
    /// Parameters, in order (mangled).
    pub varnames: Vec<Name>,
    pub children: Vec<usize>,
    /// `global`/`nonlocal` directives (and walrus-implied ones): name and location.
    pub directives: Vec<(String, Loc)>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub free: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    pub comp_iter_target: bool,
    pub comp_iter_expr: u32,
    pub loc: Loc,
}

impl Entry {
    fn new(name: &str, typ: BlockType, loc: Loc) -> Entry {
        Entry {
            name: name.to_string(),
            typ,
            comprehension: None,
            order: Vec::new(),
            symbols: FxHashMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            free: false,
            child_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    pub fn get_flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub fn scope(&self, name: &str) -> Option<Scope> {
        self.symbols.get(name).and_then(|s| s.scope)
    }

    /// Set the flags of `name`, adding the symbol if new; returns the shared name.
    fn set_flags(&mut self, name: &str, v: u32) -> Name {
        if let Some(k) = self.symbols.get_key_value(name).map(|(k, _)| k.clone()) {
            if let Some(sym) = self.symbols.get_mut(name) {
                sym.flags = v;
            }
            return k;
        }
        let k: Name = Rc::from(name);
        self.order.push(k.clone());
        self.symbols.insert(
            k.clone(),
            Symbol {
                flags: v,
                scope: None,
            },
        );
        k
    }

    /// Names with the given resolved scope (or, optionally, carrying `flag`), sorted.
    pub fn names_by_scope(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .order
            .iter()
            .filter(|n| {
                self.scope(n) == Some(scope) || (flag != 0 && self.get_flags(n) & flag != 0)
            })
            .map(|n| n.to_string())
            .collect();
        v.sort();
        v
    }
}

pub struct SymbolTable {
    pub entries: Vec<Entry>,
    /// AST node address → entry index.
    pub by_node: FxHashMap<usize, usize>,
}

impl SymbolTable {
    pub fn lookup(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'s> {
    entries: Vec<Entry>,
    by_node: FxHashMap<usize, usize>,
    stack: Vec<usize>,
    cur: usize,
    private: Option<String>,
    future_annotations: bool,
    filename: &'s str,
    source: &'s str,
    depth: u32,
}

pub fn build(
    module: &Module,
    filename: &str,
    source: &str,
    future_annotations: bool,
) -> CResult<SymbolTable> {
    let mut b = Builder {
        entries: Vec::new(),
        by_node: FxHashMap::default(),
        stack: Vec::new(),
        cur: 0,
        private: None,
        future_annotations,
        filename,
        source,
        depth: 0,
    };
    b.enter_block("top", BlockType::Module, 0, Loc::default())?;
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    b.exit_block();
    let mut free = BTreeSet::new();
    let mut global = BTreeSet::new();
    b.analyze_block(0, None, &mut free, &mut global)?;
    Ok(SymbolTable {
        entries: b.entries,
        by_node: b.by_node,
    })
}

const GLOBAL_PARAM: &str = "name '%U' is parameter and global";
const NONLOCAL_PARAM: &str = "name '%U' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN: &str = "name '%U' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN: &str = "name '%U' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE: &str = "name '%U' is used prior to global declaration";
const NONLOCAL_AFTER_USE: &str = "name '%U' is used prior to nonlocal declaration";
const GLOBAL_ANNOT: &str = "annotated name '%U' can't be global";
const NONLOCAL_ANNOT: &str = "annotated name '%U' can't be nonlocal";

fn fmt_name(template: &str, name: &str) -> String {
    template.replace("%U", name)
}

impl<'s> Builder<'s> {
    fn err(&self, loc: Loc, msg: impl Into<String>) -> super::CError {
        make_error(self.filename, self.source, loc, msg)
    }

    #[cold]
    #[inline(never)]
    fn too_deep(&self, loc: Loc) -> CResult<()> {
        Err(self.err(loc, super::RECURSION_MSG))
    }

    fn enter_block(&mut self, name: &str, typ: BlockType, key: usize, loc: Loc) -> CResult<()> {
        // A nested scope costs more native stack (here and in the code generator) than an
        // expression level.
        if self.depth + super::SCOPE_DEPTH_COST >= super::MAX_RECURSION {
            return self.too_deep(loc);
        }
        self.depth += super::SCOPE_DEPTH_COST;
        let mut e = Entry::new(name, typ, loc);
        let idx = self.entries.len();
        if !self.stack.is_empty() {
            let prev = &self.entries[self.cur];
            e.nested = prev.nested || prev.typ == BlockType::Function;
            e.comp_iter_expr = prev.comp_iter_expr;
            self.entries[self.cur].children.push(idx);
        }
        self.entries.push(e);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        self.cur = idx;
        Ok(())
    }

    fn exit_block(&mut self) {
        self.depth = self.depth.saturating_sub(super::SCOPE_DEPTH_COST);
        self.stack.pop();
        if let Some(&top) = self.stack.last() {
            self.cur = top;
        }
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> CResult<()> {
        self.add_def_helper(name, flag, self.cur, loc)
    }

    fn add_def_helper(&mut self, name: &str, flag: u32, ste: usize, loc: Loc) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let e = &self.entries[ste];
        let mut val = match e.symbols.get(&*mangled) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return Err(self.err(
                        loc,
                        format!("duplicate argument '{}' in function definition", name),
                    ));
                }
                sym.flags | flag
            }
            None => flag,
        };
        if e.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.err(
                    loc,
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{}'",
                        name
                    ),
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let e = &mut self.entries[ste];
        let key = e.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            e.varnames.push(key);
        } else if flag & DEF_GLOBAL != 0 {
            let g = &mut self.entries[0];
            let v = g.get_flags(&mangled) | flag;
            g.set_flags(&mangled, v);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.entries[self.cur].get_flags(&mangled)
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.entries[self.cur].directives.push((mangled, loc));
    }

    // ---------------------------------------------------------------- statements

    fn visit_stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        if self.depth >= super::MAX_RECURSION {
            return self.too_deep(s.loc);
        }
        self.depth += 1;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    /// `if`/`elif` chains are visited iteratively.
    fn visit_if(&mut self, s: &Stmt) -> CResult<()> {
        let mut cur = s;
        while let StmtKind::If { test, body, orelse } = &cur.kind {
            self.visit_expr(test)?;
            self.visit_stmts(body)?;
            match orelse.as_slice() {
                [inner @ Stmt {
                    kind: StmtKind::If { .. },
                    ..
                }] => cur = inner,
                _ => {
                    self.visit_stmts(orelse)?;
                    break;
                }
            }
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::If { .. } => return self.visit_if(s),
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(&f.args, f.returns.as_ref())?;
                self.visit_exprs(&f.decorators)?;
                self.enter_block(&f.name, BlockType::Function, node_key(s), s.loc)?;
                if f.is_async {
                    self.entries[self.cur].coroutine = true;
                }
                self.visit_arguments(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorators)?;
                self.enter_block(&c.name, BlockType::Class, node_key(s), s.loc)?;
                let tmp = self.private.replace(c.name.clone());
                let r = self.visit_stmts(&c.body);
                self.private = tmp;
                r?;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_store(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_store(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_store(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.lookup(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && *simple {
                        let t = if cur & DEF_GLOBAL != 0 {
                            GLOBAL_ANNOT
                        } else {
                            NONLOCAL_ANNOT
                        };
                        return Err(self.err(s.loc, fmt_name(t, name)));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_store(target)?;
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_store(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_store(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            GLOBAL_PARAM
                        } else if cur & USE != 0 {
                            GLOBAL_AFTER_USE
                        } else if cur & DEF_ANNOT != 0 {
                            GLOBAL_ANNOT
                        } else {
                            GLOBAL_AFTER_ASSIGN
                        };
                        return Err(self.err(s.loc, fmt_name(msg, name)));
                    }
                    self.add_def(name, DEF_GLOBAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            NONLOCAL_PARAM
                        } else if cur & USE != 0 {
                            NONLOCAL_AFTER_USE
                        } else if cur & DEF_ANNOT != 0 {
                            NONLOCAL_ANNOT
                        } else {
                            NONLOCAL_AFTER_ASSIGN
                        };
                        return Err(self.err(s.loc, fmt_name(msg, name)));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> CResult<()> {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.entries[self.cur].typ != BlockType::Module {
                return Err(self.err(a.loc, "import * only allowed at module level"));
            }
            return Ok(());
        }
        let store = match name.find('.') {
            Some(i) => &name[..i],
            None => name,
        };
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn visit_annotation(&mut self, ann: &Expr) -> CResult<()> {
        if self.future_annotations {
            // Annotations become strings: they bind and use nothing.
            return Ok(());
        }
        self.visit_expr(ann)
    }

    fn visit_annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> CResult<()> {
        if !self.future_annotations {
            for arg in a.posonlyargs.iter().chain(a.args.iter()) {
                if let Some(ann) = &arg.annotation {
                    self.visit_expr(ann)?;
                }
            }
            if let Some(ann) = a.vararg.as_ref().and_then(|v| v.annotation.as_ref()) {
                self.visit_expr(ann)?;
            }
            if let Some(ann) = a.kwarg.as_ref().and_then(|v| v.annotation.as_ref()) {
                self.visit_expr(ann)?;
            }
            for arg in &a.kwonlyargs {
                if let Some(ann) = &arg.annotation {
                    self.visit_expr(ann)?;
                }
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_arguments(&mut self, a: &Arguments) -> CResult<()> {
        for arg in a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonlyargs.iter())
        {
            self.add_def(&arg.name, DEF_PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.name, DEF_PARAM, v.loc)?;
            self.entries[self.cur].varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.loc)?;
            self.entries[self.cur].varkeywords = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> CResult<()> {
        if self.depth >= super::MAX_RECURSION {
            return self.too_deep(p.loc);
        }
        self.depth += 1;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> CResult<()> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) => {
                for q in ps {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.visit_pattern(q)?;
                }
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- expressions

    fn visit_exprs(&mut self, es: &[Expr]) -> CResult<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    /// An assignment or deletion target (CPython's Store/Del context).
    fn visit_store(&mut self, e: &Expr) -> CResult<()> {
        if self.depth >= super::MAX_RECURSION {
            return self.too_deep(e.loc);
        }
        self.depth += 1;
        let r = self.visit_store_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_store_inner(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.visit_store(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.visit_store(v),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        if self.depth >= super::MAX_RECURSION {
            return self.too_deep(e.loc);
        }
        self.depth += 1;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    /// Expressions are traversed with an explicit work stack (left to right); only the
    /// kinds that need scope context (names, walrus, lambdas, comprehensions, yield) recurse
    /// through `visit_expr`. This keeps native stack use independent of operator nesting.
    fn visit_expr_inner(&mut self, e: &Expr) -> CResult<()> {
        let mut work: Vec<&Expr> = vec![e];
        while let Some(x) = work.pop() {
            if !self.push_children(x, &mut work) {
                self.visit_special(x)?;
            }
        }
        Ok(())
    }

    /// Push the children of an expression that needs no scope context (in reverse order,
    /// so they are visited left to right); false for the other kinds.
    fn push_children<'e>(&mut self, x: &'e Expr, work: &mut Vec<&'e Expr>) -> bool {
        match &x.kind {
            ExprKind::BinOp { left, right, .. } => {
                work.push(right);
                work.push(left);
            }
            ExprKind::UnaryOp { operand, .. } => work.push(operand),
            ExprKind::BoolOp { values, .. }
            | ExprKind::Set(values)
            | ExprKind::List(values)
            | ExprKind::Tuple(values)
            | ExprKind::JoinedStr(values) => work.extend(values.iter().rev()),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                work.extend(comparators.iter().rev());
                work.push(left);
            }
            ExprKind::IfExp { test, body, orelse } => {
                work.push(orelse);
                work.push(body);
                work.push(test);
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => work.push(value),
            ExprKind::Subscript { value, slice } => {
                work.push(slice);
                work.push(value);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                work.extend(keywords.iter().rev().map(|k| &k.value));
                work.extend(args.iter().rev());
                work.push(func);
            }
            ExprKind::Dict { keys, values } => {
                work.extend(values.iter().rev());
                work.extend(keys.iter().rev().flatten());
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                if let Some(f) = format_spec {
                    work.push(f);
                }
                work.push(value);
            }
            ExprKind::Slice { lower, upper, step } => {
                for y in [step, upper, lower].into_iter().flatten() {
                    work.push(y);
                }
            }
            ExprKind::Await(v) => {
                self.entries[self.cur].coroutine = true;
                work.push(v);
            }
            ExprKind::Constant(_) => {}
            _ => return false,
        }
        true
    }

    fn visit_special(&mut self, x: &Expr) -> CResult<()> {
        match &x.kind {
            ExprKind::NamedExpr { .. } => self.visit_named_expr(x),
            ExprKind::Lambda { .. } => self.visit_lambda(x),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.visit_yield(x),
            ExprKind::Name(_) => self.visit_name(x),
            _ => self.visit_comprehension(x),
        }
    }

    fn visit_named_expr(&mut self, e: &Expr) -> CResult<()> {
        let ExprKind::NamedExpr { target, value } = &e.kind else {
            return Ok(());
        };
        if self.entries[self.cur].comp_iter_expr > 0 {
            return Err(self.err(
                e.loc,
                "assignment expression cannot be used in a comprehension iterable expression",
            ));
        }
        if self.entries[self.cur].comprehension.is_some() {
            if let ExprKind::Name(name) = &target.kind {
                self.extend_namedexpr_scope(name, target.loc)?;
            }
        }
        self.visit_expr(value)?;
        self.visit_store(target)
    }

    fn visit_lambda(&mut self, e: &Expr) -> CResult<()> {
        let ExprKind::Lambda { args, body } = &e.kind else {
            return Ok(());
        };
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        self.enter_block("lambda", BlockType::Function, node_key(e), e.loc)?;
        self.visit_arguments(args)?;
        self.visit_expr(body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_comprehension(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", CompKind::Gen, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(
                e,
                "dictcomp",
                CompKind::Dict,
                generators,
                key,
                Some(value),
            ),
            _ => Ok(()),
        }
    }

    fn visit_yield(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => self.visit_expr(v)?,
            _ => {}
        }
        self.yield_seen(e.loc)
    }

    fn visit_name(&mut self, e: &Expr) -> CResult<()> {
        let ExprKind::Name(name) = &e.kind else {
            return Ok(());
        };
        if name == "__debug__" {
            // Folded to the constant True by the compiler.
            return Ok(());
        }
        self.add_def(name, USE, e.loc)?;
        if name == "super" && self.entries[self.cur].typ == BlockType::Function {
            self.add_def("__class__", USE, e.loc)?;
        }
        Ok(())
    }

    fn yield_seen(&mut self, loc: Loc) -> CResult<()> {
        let cur = &mut self.entries[self.cur];
        cur.generator = true;
        if let Some(kind) = cur.comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Gen => "generator expression",
            };
            return Err(self.err(loc, format!("'yield' inside {}", what)));
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, name: &str, loc: Loc) -> CResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            let entry = &self.entries[ste];
            if entry.comprehension.is_some() {
                if entry.get_flags(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(self.err(
                        loc,
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{}'",
                            name
                        ),
                    ));
                }
                continue;
            }
            match entry.typ {
                BlockType::Function => {
                    if entry.get_flags(&mangled) & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, loc)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, loc)?;
                    }
                    self.record_directive(name, loc);
                    return self.add_def_helper(name, DEF_LOCAL, ste, loc);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_helper(name, DEF_GLOBAL, ste, loc);
                }
                BlockType::Class => {
                    return Err(self.err(
                        loc,
                        "assignment expression within a comprehension cannot be used in a class body",
                    ));
                }
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        scope_name: &str,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult<()> {
        let Some(outermost) = generators.first() else {
            return Err(self.err(e.loc, "comprehension with no generators"));
        };
        self.entries[self.cur].comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.entries[self.cur].comp_iter_expr -= 1;
        r?;
        self.enter_block(scope_name, BlockType::Function, node_key(e), e.loc)?;
        self.entries[self.cur].comprehension = Some(kind);
        if outermost.is_async {
            self.entries[self.cur].coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.entries[self.cur].comp_iter_target = true;
        let r = self.visit_store(&outermost.target);
        self.entries[self.cur].comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.entries[self.cur].comp_iter_target = true;
            let r = self.visit_store(&g.target);
            self.entries[self.cur].comp_iter_target = false;
            r?;
            self.entries[self.cur].comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.entries[self.cur].comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.entries[self.cur].coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_gen = kind == CompKind::Gen;
        self.entries[self.cur].generator = is_gen;
        let is_async = self.entries[self.cur].coroutine && !is_gen;
        self.exit_block();
        if is_async {
            self.entries[self.cur].coroutine = true;
        }
        Ok(())
    }

    // ---------------------------------------------------------------- analysis

    fn error_at_directive(&self, ste: usize, name: &str, msg: String) -> super::CError {
        let e = &self.entries[ste];
        let loc = e
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, l)| *l)
            .unwrap_or(e.loc);
        self.err(loc, msg)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        ste: usize,
        scopes: &mut FxHashMap<Name, Scope>,
        name: &Name,
        flags: u32,
        bound: Option<&mut BTreeSet<Name>>,
        local: &mut BTreeSet<Name>,
        free: &mut BTreeSet<Name>,
        global: &mut BTreeSet<Name>,
    ) -> CResult<()> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    ste,
                    name,
                    format!("name '{}' is nonlocal and global", name),
                ));
            }
            scopes.insert(name.clone(), Scope::GlobalExplicit);
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error_at_directive(
                    ste,
                    name,
                    "nonlocal declaration not allowed at module level".to_string(),
                ));
            };
            if !b.contains(name) {
                return Err(self.error_at_directive(
                    ste,
                    name,
                    format!("no binding for nonlocal '{}' found", name),
                ));
            }
            scopes.insert(name.clone(), Scope::Free);
            self.entries[ste].free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.clone(), Scope::Local);
            local.insert(name.clone());
            global.remove(name);
            return Ok(());
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                scopes.insert(name.clone(), Scope::Free);
                self.entries[ste].free = true;
                free.insert(name.clone());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.clone(), Scope::GlobalImplicit);
            return Ok(());
        }
        if self.entries[ste].nested {
            self.entries[ste].free = true;
        }
        scopes.insert(name.clone(), Scope::GlobalImplicit);
        Ok(())
    }

    fn analyze_block(
        &mut self,
        ste: usize,
        mut bound: Option<BTreeSet<Name>>,
        free: &mut BTreeSet<Name>,
        global: &mut BTreeSet<Name>,
    ) -> CResult<()> {
        let typ = self.entries[ste].typ;
        let mut local = BTreeSet::new();
        let mut scopes: FxHashMap<Name, Scope> = FxHashMap::default();
        let mut newglobal = BTreeSet::new();
        let mut newfree = BTreeSet::new();
        let mut newbound = BTreeSet::new();

        if typ == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let symbols: Vec<(Name, u32)> = {
            let e = &self.entries[ste];
            e.order
                .iter()
                .map(|n| (n.clone(), e.get_flags(n)))
                .collect()
        };
        for (name, flags) in &symbols {
            self.analyze_name(
                ste,
                &mut scopes,
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                free,
                global,
            )?;
        }

        if typ != BlockType::Class {
            if typ == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert(Rc::from("__class__"));
        }

        let mut allfree = BTreeSet::new();
        let children = std::mem::take(&mut self.entries[ste].children);
        let mut result = Ok(());
        for &child in &children {
            let temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            result = self.analyze_block(child, Some(temp_bound), &mut temp_free, &mut temp_global);
            if result.is_err() {
                break;
            }
            allfree.extend(temp_free);
            let c = &self.entries[child];
            if c.free || c.child_free {
                self.entries[ste].child_free = true;
            }
        }
        self.entries[ste].children = children;
        result?;
        newfree.extend(allfree);

        if typ == BlockType::Function {
            // analyze_cells
            for (name, scope) in scopes.iter_mut() {
                if *scope == Scope::Local && newfree.contains(name) {
                    *scope = Scope::Cell;
                    newfree.remove(name);
                }
            }
        } else if typ == BlockType::Class && newfree.remove("__class__") {
            self.entries[ste].needs_class_closure = true;
        }

        // update_symbols
        let classflag = typ == BlockType::Class;
        {
            let e = &mut self.entries[ste];
            for (name, scope) in scopes {
                if let Some(sym) = e.symbols.get_mut(&name) {
                    sym.scope = Some(scope);
                }
            }
            for name in &newfree {
                if let Some(sym) = e.symbols.get_mut(name) {
                    if classflag && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                        sym.flags |= DEF_FREE_CLASS;
                    }
                    continue;
                }
                if let Some(b) = &bound {
                    if !b.contains(name) {
                        continue;
                    }
                }
                e.order.push(name.clone());
                e.symbols.insert(
                    name.clone(),
                    Symbol {
                        flags: 0,
                        scope: Some(Scope::Free),
                    },
                );
            }
        }
        free.extend(newfree);
        Ok(())
    }
}
