//! `match` statements: a port of CPython 3.11's pattern compiler.
//!
//! Stack discipline (as in CPython): each pattern consumes the subject on top of the stack.
//! Captured values are kept on the stack (below `on_top` items that must be preserved) until
//! the whole case pattern has matched, then stored in order. On failure, control jumps to
//! `fail_pop[n]`, which pops the `n` items pushed so far.

use super::codegen::{Compiler, Ctx, Label};
use super::expr::fold;
use super::unparse::const_repr;
use super::CResult;
use crate::ast::*;
use crate::bytecode::{BinaryOp, CompareOp, Const, Instr};
use std::sync::Arc;

#[derive(Clone, Default)]
struct PatternContext {
    /// Names captured so far, in stack order (stores[0] nearest the top).
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    /// Items on top of the stack (below the current subject) that must be preserved.
    on_top: usize,
}

fn wildcard_check(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn wildcard_star_check(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar(None))
}

/// Key identity for duplicate detection in mapping patterns (Python equality of hashable
/// constants: `1 == 1.0 == True`).
#[derive(PartialEq)]
enum KeyId {
    None,
    Ellipsis,
    Num(f64, f64),
    BigInt(String),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<KeyId>),
    Other,
}

fn key_id(c: &Const) -> KeyId {
    match c {
        Const::None => KeyId::None,
        Const::Ellipsis => KeyId::Ellipsis,
        Const::Bool(b) => KeyId::Num(if *b { 1.0 } else { 0.0 }, 0.0),
        Const::Int(i) => {
            let f = *i as f64;
            if f as i64 == *i {
                KeyId::Num(f, 0.0)
            } else {
                KeyId::BigInt(i.to_string())
            }
        }
        Const::BigInt(b) => KeyId::BigInt(b.to_string()),
        Const::Float(f) => KeyId::Num(*f, 0.0),
        Const::Complex(r, i) => KeyId::Num(*r, *i),
        Const::Str(s) => KeyId::Str(s.clone()),
        Const::Bytes(b) => KeyId::Bytes(b.clone()),
        Const::Tuple(t) => KeyId::Tuple(t.iter().map(key_id).collect()),
        Const::Code(_) => KeyId::Other,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        self.compile_expr(subject)?;
        let Some(last) = cases.last() else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        let end = self.new_label();
        let ncases = cases.len();
        let has_default = wildcard_check(&last.pattern) && ncases > 1;
        let nloop = ncases - has_default as usize;
        let mut pc = PatternContext::default();
        for (i, m) in cases[..nloop].iter().enumerate() {
            self.cur.loc = m.pattern.loc;
            if i != nloop - 1 {
                self.emit(Instr::Copy(1));
            }
            pc.stores = Vec::new();
            pc.allow_irrefutable = m.guard.is_some() || i == ncases - 1;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.compile_pattern(&m.pattern, &mut pc)?;
            if pc.on_top != 0 {
                return Err(self.internal("pattern left items on the stack"));
            }
            for name in pc.stores.clone() {
                self.nameop(&name, Ctx::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if i != nloop - 1 {
                self.emit(Instr::PopTop);
            }
            self.compile_stmts(&m.body)?;
            self.emit_jump(Instr::Jump, end);
            self.cur.loc = m.pattern.loc;
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.cur.loc = last.pattern.loc;
            if ncases == 1 {
                self.emit(Instr::PopTop);
            } else {
                self.emit(Instr::Nop);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.compile_stmts(&last.body)?;
        }
        self.place(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.emit_jump(make, target);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.place(pc.fail_pop[i]);
            self.emit(Instr::PopTop);
        }
        self.place(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move TOS down to depth `count` (CPython's `pattern_helper_rotate`).
    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Instr::Swap(count as u32));
            count -= 1;
        }
    }

    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult<()> {
        let Some(n) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        self.check_forbidden(n, Ctx::Store)?;
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(format!("multiple assignments to name '{}' in pattern", n)));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_rotate(rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.cur.loc = p.loc;
        self.enter_rec()?;
        let r = self.compile_pattern_inner(p, pc);
        self.exit_rec();
        r
    }

    fn compile_pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        match &p.kind {
            PatternKind::MatchValue(value) => {
                if let Some(c) = fold(value) {
                    self.load_const(c);
                } else if matches!(value.kind, ExprKind::Attribute { .. }) {
                    self.compile_expr(value)?;
                } else {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.emit(Instr::CompareOp(CompareOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(super::codegen::const_from_ast(c));
                self.emit(Instr::IsOp(0));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(patterns) => self.compile_pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.compile_pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.compile_pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.pattern_store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => self.error(format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        });
                    }
                    self.pattern_store_name(name.as_deref(), pc)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_deref(), pc)
                }
            },
            PatternKind::MatchOr(alts) => self.compile_pattern_or(alts, pc),
        }
    }

    fn compile_pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = q.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = wildcard_star_check(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= wildcard_check(q);
        }
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64));
                self.emit(Instr::CompareOp(CompareOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Instr::CompareOp(CompareOp::Ge));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            self.pattern_sequence_subscr(patterns, star, pc)?;
        } else {
            self.pattern_sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    fn pattern_sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, q) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = q.kind {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.emit(Instr::UnpackEx((i + ((n - i - 1) << 8)) as u32));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        pc.on_top += n;
        for q in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, q) in patterns.iter().enumerate() {
            if wildcard_check(q) || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int((size - i) as i64));
                self.emit(Instr::BinaryOp(BinaryOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.compile_subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                size,
                patterns.len()
            )));
        }
        let map_loc = self.cur.loc;
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(size as i64));
            self.emit(Instr::CompareOp(CompareOp::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<KeyId> = Vec::new();
        for key in keys {
            if let Some(c) = fold(key) {
                let id = key_id(&c);
                if seen.contains(&id) {
                    self.cur.loc = map_loc;
                    return Err(self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        const_repr(&c)
                    )));
                }
                seen.push(id);
                self.load_const(c);
            } else if matches!(key.kind, ExprKind::Attribute { .. }) {
                self.compile_expr(key)?;
            } else {
                self.cur.loc = map_loc;
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top = pc.on_top + size - 1;
        for q in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(q, pc)?;
        }
        // Done with the values; the tuple of keys is next.
        pc.on_top -= 1;
        match rest {
            Some(name) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.pattern_store_name(Some(name), pc)?;
            }
            None => self.emit(Instr::PopTop),
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                nattrs,
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.cur.loc = kwd_patterns[i].loc;
                self.check_forbidden(attr, Ctx::Store)?;
                for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                    if other == attr {
                        self.cur.loc = kwd_patterns[j].loc;
                        return Err(self.error(format!(
                            "attribute name repeated in class pattern: {}",
                            attr
                        )));
                    }
                }
            }
            self.cur.loc = p.loc;
        }
        self.compile_expr(cls)?;
        let names: Vec<Const> = kwd_attrs
            .iter()
            .map(|a| Const::Str(Arc::from(a.as_str())))
            .collect();
        self.load_const(Const::Tuple(Arc::from(names)));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        self.load_const(Const::None);
        self.emit(Instr::IsOp(1));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let total = nargs + nattrs;
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top = pc.on_top + total - 1;
        for q in patterns.iter().chain(kwd_patterns.iter()) {
            pc.on_top -= 1;
            if wildcard_check(q) {
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(q, pc)?;
        }
        Ok(())
    }

    fn compile_pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let size = alts.len();
        if size == 0 {
            return Err(self.internal("empty or-pattern"));
        }
        let end = self.new_label();
        let old_pc = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.cur.loc = alt.loc;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_pc.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.compile_pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"));
                }
                Some(ctrl) => {
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            if istores > icontrol {
                                return Err(self.internal("or-pattern store order"));
                            }
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        let control = control.unwrap_or_default();
        *pc = old_pc;
        // No alternative matched: pop the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.place(end);
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!(
                    "multiple assignments to name '{}' in pattern",
                    name
                )));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Instr::PopTop);
        Ok(())
    }
}
