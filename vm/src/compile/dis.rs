//! Human-readable disassembly of code objects.

use super::codegen::jump_target;
use super::unparse::const_repr;
use crate::bytecode::{code_flags, CodeObject, Const, Instr};
use std::fmt::Write;

fn flag_names(flags: u32) -> String {
    let table = [
        (code_flags::OPTIMIZED, "OPTIMIZED"),
        (code_flags::NEWLOCALS, "NEWLOCALS"),
        (code_flags::VARARGS, "VARARGS"),
        (code_flags::VARKEYWORDS, "VARKEYWORDS"),
        (code_flags::NESTED, "NESTED"),
        (code_flags::GENERATOR, "GENERATOR"),
        (code_flags::COROUTINE, "COROUTINE"),
    ];
    let v: Vec<&str> = table
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    if v.is_empty() {
        "0".to_string()
    } else {
        v.join("|")
    }
}

fn get<T: std::fmt::Display>(v: &[T], i: u32) -> String {
    v.get(i as usize)
        .map(|x| x.to_string())
        .unwrap_or_else(|| "<?>".to_string())
}

fn deref_name(code: &CodeObject, i: u32) -> String {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].to_string()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .map(|s| s.to_string())
            .unwrap_or_else(|| "<?>".to_string())
    }
}

fn describe(code: &CodeObject, ins: &Instr) -> String {
    use Instr::*;
    match *ins {
        LoadConst(i) => match code.consts.get(i as usize) {
            Some(c) => const_repr(c),
            None => "<?>".to_string(),
        },
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => get(&code.varnames, i),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            deref_name(code, i)
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => get(&code.names, i),
        UnpackEx(a) => format!("{} before, {} after", a & 0xff, a >> 8),
        _ => match jump_target(ins) {
            Some(t) => format!("to {}", t),
            None => String::new(),
        },
    }
}

fn write_code(out: &mut String, code: &CodeObject) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} ({}) at {}, line {}>:",
        code.name, code.qualname, code.filename, code.first_line
    );
    let _ = writeln!(
        out,
        "  flags={} argcount={} posonly={} kwonly={} stacksize={}",
        flag_names(code.flags),
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.stacksize
    );
    let list = |v: &[std::sync::Arc<str>]| -> String {
        v.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let consts: Vec<String> = code.consts.iter().map(const_repr).collect();
    let _ = writeln!(out, "  consts: [{}]", consts.join(", "));
    let _ = writeln!(out, "  names: [{}]", list(&code.names));
    let _ = writeln!(out, "  varnames: [{}]", list(&code.varnames));
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: [{}]", list(&code.cellvars));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: [{}]", list(&code.freevars));
    }
    let mut last_line = u32::MAX;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let line_s = if line != last_line {
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let d = describe(code, ins);
        let text = format!("{:?}", ins);
        if d.is_empty() {
            let _ = writeln!(out, "{:>5} {:>5} {}", line_s, i, text);
        } else {
            let _ = writeln!(out, "{:>5} {:>5} {:<28} ({})", line_s, i, text, d);
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            write_code(out, inner);
        }
    }
}

pub(crate) fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}
