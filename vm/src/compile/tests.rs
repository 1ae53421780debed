//! Unit tests with hand-built ASTs.

use super::*;
use crate::ast::*;
use crate::bytecode::{Const, Instr};

fn l(line: u32, col: u32, end_col: u32) -> Loc {
    Loc {
        line,
        col,
        end_line: line,
        end_col,
    }
}

fn ex(kind: ExprKind) -> Expr {
    Expr {
        kind,
        loc: l(1, 0, 1),
    }
}

fn name(n: &str) -> Expr {
    ex(ExprKind::Name(n.to_string()))
}

fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i)))
}

fn st(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        loc: l(1, 0, 1),
    }
}

fn compile_ok(body: Vec<Stmt>) -> std::sync::Arc<crate::bytecode::CodeObject> {
    let m = Module { body };
    match compile(&m, "t.py", "", Mode::Module) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {}", e.render()),
    }
}

#[test]
fn empty_module() {
    let code = compile_ok(vec![]);
    assert_eq!(code.instructions, vec![Instr::LoadConst(0), Instr::ReturnValue]);
    assert_eq!(code.consts, vec![Const::None]);
}

fn deep_binop(n: usize) -> Expr {
    let mut e = int(1);
    for _ in 0..n {
        e = ex(ExprKind::BinOp {
            left: Box::new(e),
            op: BinOp::Add,
            right: Box::new(int(1)),
        });
    }
    e
}

#[test]
fn deep_expressions_do_not_overflow() {
    // Run on a 2 MiB stack (the default for spawned threads) in debug builds.
    let h = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let ok = Module {
                body: vec![st(StmtKind::Expr(deep_binop(2800)))],
            };
            assert!(compile(&ok, "t.py", "", Mode::Module).is_ok());
            let too_deep = Module {
                body: vec![st(StmtKind::Expr(deep_binop(5000)))],
            };
            let err = compile(&too_deep, "t.py", "", Mode::Module).unwrap_err();
            assert_eq!(err.msg, RECURSION_MSG);
            std::mem::forget(ok);
            std::mem::forget(too_deep);
        })
        .unwrap();
    h.join().unwrap();
}

/// Build an expression nested `n` levels deep in the given shape.
fn deep(shape: &str, n: usize) -> Expr {
    let mut e = name("x");
    for _ in 0..n {
        let b = Box::new(e);
        e = ex(match shape {
            "binop" => ExprKind::BinOp {
                left: b,
                op: BinOp::Add,
                right: Box::new(int(1)),
            },
            "attr" => ExprKind::Attribute {
                value: b,
                attr: "a".into(),
            },
            "call" => ExprKind::Call {
                func: b,
                args: vec![],
                keywords: vec![],
            },
            "method" => ExprKind::Call {
                func: Box::new(ex(ExprKind::Attribute {
                    value: b,
                    attr: "m".into(),
                })),
                args: vec![int(1)],
                keywords: vec![],
            },
            "subscr" => ExprKind::Subscript {
                value: b,
                slice: Box::new(int(0)),
            },
            "not" => ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: b,
            },
            "neg" => ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: b,
            },
            "ifexp" => ExprKind::IfExp {
                test: Box::new(name("c")),
                body: Box::new(int(1)),
                orelse: b,
            },
            "tuple" => ExprKind::Tuple(vec![*b]),
            "list" => ExprKind::List(vec![*b, int(2)]),
            "lambda" => ExprKind::Lambda {
                args: Box::new(Arguments::default()),
                body: b,
            },
            "genexp" => ExprKind::GeneratorExp {
                elt: b,
                generators: vec![Comprehension {
                    target: name("i"),
                    iter: name("y"),
                    ifs: vec![],
                    is_async: false,
                }],
            },
            "boolop" => ExprKind::BoolOp {
                op: BoolOp::And,
                values: vec![*b, name("z")],
            },
            "compare" => ExprKind::Compare {
                left: b,
                ops: vec![CmpOp::Lt],
                comparators: vec![int(1)],
            },
            "fstring" => ExprKind::JoinedStr(vec![ex(ExprKind::FormattedValue {
                value: b,
                conversion: None,
                format_spec: None,
            })]),
            "starcall" => ExprKind::Call {
                func: Box::new(name("f")),
                args: vec![ex(ExprKind::Starred(b))],
                keywords: vec![],
            },
            "dict" => ExprKind::Dict {
                keys: vec![Some(int(1))],
                values: vec![*b],
            },
            _ => panic!("shape"),
        });
    }
    e
}

fn run_on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
#[ignore]
fn probe_depth() {
    let n: usize = std::env::var("PROBE_N").unwrap().parse().unwrap();
    let shape = std::env::var("PROBE_SHAPE").unwrap_or("binop".into());
    let stmt = std::env::var("PROBE_STMT").unwrap_or_default();
    run_on_small_stack(move || {
        let e = deep(&shape, n);
        let s = if stmt == "assign" {
            st(StmtKind::Assign {
                targets: vec![name("r")],
                value: e,
            })
        } else if stmt == "if" {
            st(StmtKind::If {
                test: e,
                body: vec![st(StmtKind::Pass)],
                orelse: vec![],
            })
        } else {
            st(StmtKind::Expr(e))
        };
        let m = Module { body: vec![s] };
        let r = compile(&m, "t.py", "", Mode::Module);
        eprintln!("RESULT {}", r.is_ok());
        std::mem::forget(m);
    });
}
