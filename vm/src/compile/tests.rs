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

/// Parse (with the real parser) and compile `src`.
fn compile_src(
    src: &str,
) -> Result<std::sync::Arc<crate::bytecode::CodeObject>, crate::syntax_error::SyntaxErrorInfo> {
    let m = crate::parse::parse(src, "t.py", crate::parse::Mode::Module)?;
    compile(&m, "t.py", src, Mode::Module)
}

fn code(src: &str) -> std::sync::Arc<crate::bytecode::CodeObject> {
    match compile_src(src) {
        Ok(c) => c,
        Err(e) => panic!("{}\n{}", src, e.render()),
    }
}

/// The nested code object (function/class/lambda/comprehension) named `name`.
fn find_code(
    c: &std::sync::Arc<crate::bytecode::CodeObject>,
    name: &str,
) -> Option<std::sync::Arc<crate::bytecode::CodeObject>> {
    for k in &c.consts {
        if let Const::Code(inner) = k {
            if &*inner.name == name || &*inner.qualname == name {
                return Some(inner.clone());
            }
            if let Some(f) = find_code(inner, name) {
                return Some(f);
            }
        }
    }
    None
}

fn sub(
    c: &std::sync::Arc<crate::bytecode::CodeObject>,
    name: &str,
) -> std::sync::Arc<crate::bytecode::CodeObject> {
    find_code(c, name).unwrap_or_else(|| panic!("no code object {}", name))
}

fn names(v: &[std::sync::Arc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

/// The instructions as `Debug` strings, jump targets included.
fn ops(c: &crate::bytecode::CodeObject) -> Vec<String> {
    c.instructions.iter().map(|i| format!("{:?}", i)).collect()
}

/// Like `contains_seq` but compares only the opcode names (operands ignored).
fn contains_ops(c: &crate::bytecode::CodeObject, seq: &[&str]) -> bool {
    let o: Vec<String> = ops(c)
        .into_iter()
        .map(|s| s.split('(').next().unwrap_or("").to_string())
        .collect();
    o.windows(seq.len())
        .any(|w| w.iter().zip(seq).all(|(a, b)| a == b))
}

fn contains_seq(c: &crate::bytecode::CodeObject, seq: &[&str]) -> bool {
    let o = ops(c);
    o.windows(seq.len())
        .any(|w| w.iter().zip(seq).all(|(a, b)| a == b))
}

#[test]
fn empty_module() {
    let code = compile_ok(vec![]);
    assert_eq!(
        code.instructions,
        vec![Instr::LoadConst(0), Instr::ReturnValue]
    );
    assert_eq!(code.consts, vec![Const::None]);
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
            "pow" => ExprKind::BinOp {
                left: Box::new(int(2)),
                op: BinOp::Pow,
                right: b,
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
fn deep_nesting_never_overflows_a_small_stack() {
    // Operator chains the parser builds without nesting limits compile at any length;
    // other shapes compile up to the recursion limit and fail cleanly beyond it. All of
    // this must fit in a 2 MiB stack (the default for spawned threads) in debug builds.
    run_on_small_stack(|| {
        for shape in ["binop", "attr", "call", "method", "subscr", "pow"] {
            let m = Module {
                body: vec![st(StmtKind::Expr(deep(shape, 20_000)))],
            };
            assert!(compile(&m, "t.py", "", Mode::Module).is_ok(), "{}", shape);
            std::mem::forget(m); // dropping a 20000-deep AST recursively is not our concern
        }
        for shape in [
            "not", "neg", "ifexp", "boolop", "lambda", "genexp", "fstring",
        ] {
            for n in [500, 2890, 5000] {
                let m = Module {
                    body: vec![st(StmtKind::If {
                        test: deep(shape, n),
                        body: vec![st(StmtKind::Pass)],
                        orelse: vec![],
                    })],
                };
                match compile(&m, "t.py", "", Mode::Module) {
                    Ok(_) => assert!(n <= 2890, "{} {}", shape, n),
                    Err(e) => assert_eq!(e.msg, RECURSION_MSG, "{} {}", shape, n),
                }
                std::mem::forget(m);
            }
        }
        // Long elif chains are compiled iteratively.
        let mut s = st(StmtKind::Pass);
        for _ in 0..20_000 {
            s = st(StmtKind::If {
                test: name("x"),
                body: vec![st(StmtKind::Pass)],
                orelse: vec![s],
            });
        }
        let m = Module { body: vec![s] };
        assert!(compile(&m, "t.py", "", Mode::Module).is_ok());
        std::mem::forget(m);
    });
}

#[test]
fn compile_errors_match_cpython() {
    // (source, message, lineno, offset, end_lineno, end_offset) as CPython 3.11 reports them.
    let cases: &[(&str, &str, u32, u32, u32, u32)] = &[
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
            5,
            2,
            13,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
            5,
            3,
            13,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
            5,
            3,
            13,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
            1,
            1,
            11,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
            5,
            2,
            15,
        ),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
            10,
            1,
            11,
        ),
        (
            "def f(a, *, b, b): pass\n",
            "duplicate argument 'b' in function definition",
            1,
            16,
            1,
            17,
        ),
        (
            "lambda a, a: 0\n",
            "duplicate argument 'a' in function definition",
            1,
            11,
            1,
            12,
        ),
        ("return 1\n", "'return' outside function", 1, 1, 1, 9),
        ("yield 1\n", "'yield' outside function", 1, 1, 1, 8),
        (
            "x = 1 + (yield)\n",
            "'yield' outside function",
            1,
            10,
            1,
            15,
        ),
        (
            "class C:\n    yield 1\n",
            "'yield' outside function",
            2,
            5,
            2,
            12,
        ),
        ("break\n", "'break' outside loop", 1, 1, 1, 6),
        ("continue\n", "'continue' not properly in loop", 1, 1, 1, 9),
        (
            "def f():\n  from os import *\n",
            "import * only allowed at module level",
            2,
            18,
            2,
            19,
        ),
        (
            "class C:\n  from os import *\n",
            "import * only allowed at module level",
            2,
            18,
            2,
            19,
        ),
        (
            "[x for x in (y := [1])]\n",
            "assignment expression cannot be used in a comprehension iterable expression",
            1,
            14,
            1,
            22,
        ),
        (
            "[(x := 1) for x in y]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            1,
            3,
            1,
            4,
        ),
        (
            "class C:\n  [(y := 1) for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
            5,
            2,
            6,
        ),
        (
            "[[(j := 0) for i in range(5)] for j in range(5)]\n",
            "assignment expression cannot rebind comprehension iteration variable 'j'",
            1,
            4,
            1,
            5,
        ),
        (
            "import os\nfrom __future__ import annotations\n",
            "from __future__ imports must occur at the beginning of the file",
            2,
            1,
            2,
            35,
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11),
        (
            "[(yield) for x in y]\n",
            "'yield' inside list comprehension",
            1,
            3,
            1,
            8,
        ),
        (
            "((yield) for x in y)\n",
            "'yield' inside generator expression",
            1,
            3,
            1,
            8,
        ),
        (
            "{(yield) for x in y}\n",
            "'yield' inside set comprehension",
            1,
            3,
            1,
            8,
        ),
        (
            "{1:(yield) for x in y}\n",
            "'yield' inside dict comprehension",
            1,
            5,
            1,
            10,
        ),
        (
            "def f():\n  x: int\n  global x\n",
            "annotated name 'x' can't be global",
            3,
            3,
            3,
            11,
        ),
        (
            "def f():\n  global x\n  x: int = 3\n",
            "annotated name 'x' can't be global",
            3,
            3,
            3,
            13,
        ),
        (
            "def f(__debug__): pass\n",
            "cannot assign to __debug__",
            1,
            1,
            1,
            23,
        ),
        (
            "f(__debug__=1)\n",
            "cannot assign to __debug__",
            1,
            1,
            1,
            15,
        ),
        (
            "a, *b, *c = d\n",
            "multiple starred expressions in assignment",
            1,
            1,
            1,
            10,
        ),
        (
            "def f():\n  nonlocal x\n  global x\n",
            "name 'x' is nonlocal and global",
            2,
            3,
            2,
            13,
        ),
        (
            "def f():\n  x=1\n  def g():\n    global x\n    nonlocal x\n",
            "name 'x' is nonlocal and global",
            4,
            5,
            4,
            13,
        ),
        (
            "match x:\n  case a: pass\n  case b: pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
            8,
            2,
            9,
        ),
        (
            "match x:\n  case _: pass\n  case b: pass\n",
            "wildcard makes remaining patterns unreachable",
            2,
            8,
            2,
            9,
        ),
        (
            "match x:\n  case [a, a]: pass\n",
            "multiple assignments to name 'a' in pattern",
            2,
            12,
            2,
            13,
        ),
        (
            "match x:\n  case [a] | [b]: pass\n",
            "alternative patterns bind different names",
            2,
            15,
            2,
            16,
        ),
        (
            "match x:\n  case {1: a, 1: b}: pass\n",
            "mapping pattern checks duplicate key (1)",
            2,
            8,
            2,
            20,
        ),
        (
            "match x:\n  case C(a=1, a=2): pass\n",
            "attribute name repeated in class pattern: a",
            2,
            17,
            2,
            18,
        ),
        (
            "match x:\n  case (a | b): pass\n  case 1: pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
            9,
            2,
            10,
        ),
        (
            "match x:\n  case [*a, *b]: pass\n",
            "multiple starred names in sequence pattern",
            2,
            8,
            2,
            16,
        ),
        ("await x\n", "'await' outside function", 1, 1, 1, 8),
        (
            "def f():\n  await x\n",
            "'await' outside async function",
            2,
            3,
            2,
            10,
        ),
        (
            "def f():\n  [await x for y in z]\n",
            "asynchronous comprehension outside of an asynchronous function",
            2,
            3,
            2,
            23,
        ),
        (
            "def f():\n  [x async for y in z]\n",
            "asynchronous comprehension outside of an asynchronous function",
            2,
            3,
            2,
            23,
        ),
        (
            "def f():\n  for x in y:\n    def g():\n      break\n",
            "'break' outside loop",
            4,
            7,
            4,
            12,
        ),
        (
            "while x:\n  class C:\n    continue\n",
            "'continue' not properly in loop",
            3,
            5,
            3,
            13,
        ),
        (
            "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int = 1\n",
            "annotated name 'x' can't be nonlocal",
            5,
            5,
            5,
            15,
        ),
        (
            "def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n",
            "name 'x' is used prior to nonlocal declaration",
            5,
            5,
            5,
            15,
        ),
        (
            "def f(a):\n  nonlocal a\n",
            "name 'a' is parameter and nonlocal",
            2,
            3,
            2,
            13,
        ),
        (
            "match x:\n  case {1: a, True: b}: pass\n",
            "mapping pattern checks duplicate key (True)",
            2,
            8,
            2,
            23,
        ),
        (
            "match x:\n  case {\"a\": 1, \"a\": 2}: pass\n",
            "mapping pattern checks duplicate key ('a')",
            2,
            8,
            2,
            24,
        ),
        (
            "match x:\n  case [a, *b] | [a]: pass\n",
            "alternative patterns bind different names",
            2,
            19,
            2,
            20,
        ),
        (
            "match x:\n  case a | b: pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
            8,
            2,
            9,
        ),
        (
            "match x:\n  case [a, [b, a]]: pass\n",
            "multiple assignments to name 'a' in pattern",
            2,
            16,
            2,
            17,
        ),
        (
            "match x:\n  case {**a, \"k\": a}: pass\n",
            "invalid syntax",
            2,
            14,
            2,
            17,
        ),
        (
            "x = 1\ndef f():\n  def g():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            4,
            5,
            4,
            15,
        ),
        (
            "[i for i in range(5) if (j := 0) for j in range(5)]\n",
            "comprehension inner loop cannot rebind assignment expression target 'j'",
            1,
            38,
            1,
            39,
        ),
        (
            "class C:\n  def f(self):\n    [(x := 1) for x in y]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            3,
            7,
            3,
            8,
        ),
        (
            "def f():\n  [(a := 1) for _ in (lambda: (b := 1))()]\n",
            "assignment expression cannot be used in a comprehension iterable expression",
            2,
            32,
            2,
            38,
        ),
        (
            "with (yield):\n  pass\n",
            "'yield' outside function",
            1,
            7,
            1,
            12,
        ),
        ("del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14),
        (
            "x.__debug__ = 1\n",
            "cannot assign to __debug__",
            1,
            1,
            1,
            12,
        ),
        (
            "def f():\n    global x\n    x: int = 3\n",
            "annotated name 'x' can't be global",
            3,
            5,
            3,
            15,
        ),
        (
            "def f(*, a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
            13,
            1,
            14,
        ),
        (
            "def f(**a): global a\n",
            "name 'a' is parameter and global",
            1,
            13,
            1,
            21,
        ),
        (
            "match x:\n  case x if x: pass\n  case y: pass\n  case z: pass\n",
            "name capture 'y' makes remaining patterns unreachable",
            3,
            8,
            3,
            9,
        ),
        (
            "match x:\n  case Point(x=1, y=2, x=3): pass\n",
            "attribute name repeated in class pattern: x",
            2,
            26,
            2,
            27,
        ),
    ];
    for (src, msg, l, o, el, eo) in cases {
        match compile_src(src) {
            Ok(_) => panic!("no error for {:?}", src),
            Err(e) => {
                assert_eq!(
                    (
                        e.msg.as_str(),
                        e.lineno,
                        e.offset,
                        e.end_lineno,
                        e.end_offset
                    ),
                    (*msg, *l, *o, *el, *eo),
                    "{:?}",
                    src
                );
                assert_eq!(e.kind, crate::syntax_error::SyntaxErrorKind::SyntaxError);
            }
        }
    }
}

#[test]
fn nesting_limits() {
    let mut src = String::new();
    for i in 0..21 {
        src.push_str(&" ".repeat(i));
        src.push_str("for x in y:\n");
    }
    src.push_str(&" ".repeat(21));
    src.push_str("pass\n");
    let e = compile_src(&src).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.lineno),
        ("too many statically nested blocks", 21)
    );
    let items: Vec<String> = (0..21).map(|i| format!("a{}", i)).collect();
    let e = compile_src(&format!("with {}: pass\n", items.join(", "))).unwrap_err();
    assert_eq!(e.msg, "too many statically nested blocks");
    assert!(compile_src(&format!("with {}: pass\n", items[..20].join(", "))).is_ok());
}

#[test]
fn unsupported_constructs_are_errors() {
    for (src, msg) in [
        (
            "async def f(): pass\n",
            "async functions are not supported by weft yet",
        ),
        (
            "try:\n  pass\nexcept* E:\n  pass\n",
            "except* is not supported by weft yet",
        ),
        (
            "def f():\n  (x async for x in y)\n",
            "async functions are not supported by weft yet",
        ),
        (
            "def f():\n  [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
        ("await x\n", "'await' outside function"),
    ] {
        let e = compile_src(src).unwrap_err();
        assert_eq!(e.msg, msg, "{:?}", src);
    }
}

#[test]
fn function_code_objects() {
    let c = code("@dec\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    'doc'\n    x = a\n    def g():\n        return x + d\n    return g\n");
    let f = sub(&c, "f");
    assert_eq!(f.first_line, 1);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(
        names(&f.varnames)[..7],
        ["a", "b", "c", "d", "e", "args", "kw"]
    );
    assert_eq!(names(&f.cellvars), ["d", "x"]);
    use crate::bytecode::code_flags::*;
    assert_eq!(f.flags, OPTIMIZED | NEWLOCALS | VARARGS | VARKEYWORDS);
    assert_eq!(f.consts[0], Const::Str("doc".into()));
    let g = sub(&c, "f.<locals>.g");
    assert_eq!(names(&g.freevars), ["d", "x"]);
    assert_eq!(g.flags, OPTIMIZED | NEWLOCALS | NESTED);
    assert_eq!(g.consts[0], Const::None);
    assert!(contains_seq(
        &g,
        &[
            "LoadDeref(1)",
            "LoadDeref(0)",
            "BinaryOp(Add)",
            "ReturnValue"
        ]
    ));
    // Module: decorator, defaults, kwdefaults, annotations, code, qualname, MakeFunction,
    // then the decorator call and the store.
    assert!(contains_ops(
        &c,
        &[
            "LoadName",
            "LoadConst",
            "LoadConst",
            "BuildTuple",
            "LoadConst",
            "LoadConst",
            "BuildMap",
            "LoadConst",
            "LoadName",
            "BuildMap",
            "LoadConst",
            "LoadConst",
            "MakeFunction",
            "CallFunction",
            "StoreName"
        ]
    ));
    assert!(ops(&c).iter().any(|o| o == "MakeFunction(7)"));
    assert_eq!(c.lines[0], 1);
    let lam = code("f = lambda: (yield)\n");
    assert!(sub(&lam, "<lambda>").flags & GENERATOR != 0);
}

#[test]
fn class_cell_and_super() {
    let c = code("class A(B, metaclass=M):\n    def m(self):\n        return super().m()\n");
    let a = sub(&c, "A");
    assert_eq!(names(&a.cellvars), ["__class__"]);
    assert!(contains_seq(
        &a,
        &["LoadClosure(0)", "DupTop", "StoreName(4)", "ReturnValue"]
    ));
    assert_eq!(&*a.names[4], "__classcell__");
    let m = sub(&c, "A.m");
    assert_eq!(names(&m.freevars), ["__class__"]);
    assert!(!contains_seq(&c, &["LoadBuildClass", "LoadClosure(0)"]));
    let o = ops(&c);
    assert_eq!(o[0], "LoadBuildClass");
    assert!(o.iter().any(|x| x == "CallFunctionKw(4)"));
    // No cell needed: the body returns None.
    let c = code("class A:\n    x = 1\n");
    let a = sub(&c, "A");
    assert!(a.cellvars.is_empty());
    assert_eq!(
        ops(&a)[..4],
        [
            "LoadName(0)",
            "StoreName(1)",
            "LoadConst(1)",
            "StoreName(2)"
        ]
    );
    assert_eq!(a.consts[0], Const::None);
    assert_eq!(
        names(&a.names)[..3],
        ["__name__", "__module__", "__qualname__"]
    );
}

#[test]
fn class_free_variables() {
    let c = code("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    let cls = sub(&c, "f.<locals>.C");
    assert_eq!(names(&cls.freevars), ["x"]);
    // `x` is assigned in the class body: LoadName there, but the method's closure still
    // gets the function's cell.
    assert!(ops(&cls)
        .iter()
        .any(|o| o == "LoadName(3)" || o.starts_with("LoadName")));
    let c = code("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let cls = sub(&c, "f.<locals>.C");
    assert!(ops(&cls).iter().any(|o| o == "LoadClassDeref(0)"));
}

#[test]
fn try_except_shape() {
    let c = code("try:\n    f()\nexcept E as e:\n    g(e)\n");
    let o = ops(&c);
    let expect = [
        "SetupFinally(6)",
        "LoadName(0)",
        "CallFunction(0)",
        "PopTop",
        "PopBlock",
        "Jump(25)",
        "LoadName(1)",
        "JumpIfNotExcMatch(24)",
        "StoreName(2)",
        "SetupFinally(20)",
        "LoadName(3)",
        "LoadName(2)",
        "CallFunction(1)",
        "PopTop",
        "PopBlock",
        "LoadConst(0)",
        "StoreName(2)",
        "DeleteName(2)",
        "PopExcept",
        "Jump(25)",
        "LoadConst(0)",
        "StoreName(2)",
        "DeleteName(2)",
        "Reraise",
        "Reraise",
        "LoadConst(0)",
        "ReturnValue",
    ];
    assert_eq!(o, expect);
}

#[test]
fn with_and_unwinding_shapes() {
    let c = code("def f():\n    with a as b:\n        return b\n");
    let f = sub(&c, "f");
    assert!(contains_seq(
        &f,
        &[
            "LoadGlobal(0)",
            "SetupWith(19)",
            "StoreFast(0)",
            "LoadFast(0)",
            "PopBlock",
            "RotTwo",
            "LoadConst(0)",
            "DupTop",
            "DupTop",
            "CallFunction(3)",
            "PopTop",
            "ReturnValue"
        ]
    ));
    assert!(contains_seq(
        &f,
        &[
            "WithExceptStart",
            "PopJumpIfTrue(22)",
            "Reraise",
            "PopTop",
            "PopExcept",
            "PopTop"
        ]
    ));
    // return inside try/finally inside a for loop: value first, then finally body, then iterator.
    let c = code("def f():\n    for x in y:\n        try:\n            return g()\n        finally:\n            h()\n");
    let f = sub(&c, "f");
    assert!(contains_seq(
        &f,
        &[
            "CallFunction(0)",
            "PopBlock",
            "LoadGlobal(2)",
            "CallFunction(0)",
            "PopTop",
            "RotTwo",
            "PopTop",
            "ReturnValue"
        ]
    ));
    // break inside an except handler.
    let c = code("for x in y:\n    try:\n        pass\n    except E as e:\n        break\n");
    assert!(contains_ops(
        &c,
        &[
            "Nop",
            "PopBlock",
            "PopExcept",
            "LoadConst",
            "StoreName",
            "DeleteName",
            "PopTop",
            "Jump"
        ]
    ));
}

#[test]
fn calls() {
    let c = code("o.m(1, 2)\nf(a, k=1)\nf(*a, **k)\nf(*a, b, *c, k=1, **d, j=2)\n");
    let o = ops(&c);
    assert!(contains_seq(
        &c,
        &[
            "LoadName(0)",
            "LoadMethod(1)",
            "LoadConst(0)",
            "LoadConst(1)",
            "CallMethod(2)"
        ]
    ));
    assert!(o.iter().any(|x| x == "CallFunctionKw(2)"));
    assert!(contains_ops(
        &c,
        &[
            "BuildList",
            "LoadName",
            "ListExtend",
            "ListToTuple",
            "BuildMap",
            "LoadName",
            "DictMerge",
            "CallFunctionEx"
        ]
    ));
    assert!(o.iter().any(|x| x == "DictMerge(1)"));
    let kwnames = c
        .consts
        .iter()
        .any(|k| matches!(k, Const::Tuple(t) if t.len() == 1 && t[0] == Const::Str("k".into())));
    assert!(kwnames);
}

#[test]
fn comprehensions_are_functions() {
    let c = code("r = [x * y for x in a if x for y in b]\n");
    let lc = sub(&c, "<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(&*lc.varnames[0], ".0");
    assert!(contains_seq(&lc, &["BuildList(0)", "LoadFast(0)"]));
    assert!(ops(&lc).iter().any(|o| o == "ListAppend(3)"));
    assert!(contains_seq(
        &c,
        &[
            "MakeFunction(0)",
            "LoadName(0)",
            "GetIter",
            "CallFunction(1)",
            "StoreName(1)"
        ]
    ));
    let g = code("g = (x for x in a)\n");
    let ge = sub(&g, "<genexpr>");
    assert!(ge.flags & crate::bytecode::code_flags::GENERATOR != 0);
    assert!(contains_seq(&ge, &["YieldValue", "PopTop"]));
    let q = code("def f():\n    return [lambda: 0 for _ in y]\n");
    assert!(find_code(&q, "f.<locals>.<listcomp>.<lambda>").is_some());
}

#[test]
fn walrus_targets_enclosing_scope() {
    let c = code("def f():\n    [(y := i) for i in a]\n    return y\n");
    let f = sub(&c, "f");
    assert_eq!(names(&f.cellvars), ["y"]);
    let lc = sub(&c, "f.<locals>.<listcomp>");
    assert_eq!(names(&lc.freevars), ["y"]);
    assert!(ops(&lc).iter().any(|o| o == "StoreDeref(0)"));
    let m = code("[(y := i) for i in a]\n");
    let lc = sub(&m, "<listcomp>");
    assert!(ops(&lc).iter().any(|o| o.starts_with("StoreGlobal")));
}

#[test]
fn imports() {
    let c = code("import a.b.c\nimport a.b as d\nfrom .m import x as y, z\nfrom m import *\n");
    assert_eq!(
        ops(&c)[..3],
        ["LoadConst(0)", "LoadConst(1)", "ImportName(0)"]
    );
    assert!(contains_seq(
        &c,
        &["ImportName(2)", "ImportFrom(3)", "StoreName(4)", "PopTop"]
    ));
    assert!(contains_seq(
        &c,
        &[
            "ImportFrom(6)",
            "StoreName(7)",
            "ImportFrom(8)",
            "StoreName(8)",
            "PopTop"
        ]
    ));
    assert!(ops(&c).iter().any(|o| o == "ImportStar"));
    assert_eq!(&*c.names[0], "a.b.c");
    assert_eq!(&*c.names[1], "a");
}

#[test]
fn annotations() {
    let c = code("x: int = 1\ny: str\ndef f(a: int) -> str: pass\n");
    assert_eq!(ops(&c)[0], "SetupAnnotations");
    assert!(contains_seq(
        &c,
        &["LoadName(1)", "LoadName(2)", "LoadConst(1)", "StoreSubscr"]
    ));
    let c = code("from __future__ import annotations\ndef f(a: List[int]) -> 'X': pass\n");
    let strs: Vec<&Const> = c.consts.iter().collect();
    assert!(strs.contains(&&Const::Str("List[int]".into())));
    assert!(strs.contains(&&Const::Str("'X'".into())));
    let c = code("def f():\n    x: int = 1\n");
    assert!(!ops(&sub(&c, "f")).iter().any(|o| o == "SetupAnnotations"));
}

#[test]
fn constants_and_folding() {
    let c =
        code("x = -1\ny = (1, 2.0, 'a', None, (True,))\nz = 1 - 2j\nw = -9223372036854775808\n");
    assert!(c.consts.contains(&Const::Int(-1)));
    assert!(c.consts.contains(&Const::Complex(1.0, -2.0)));
    assert!(c.consts.contains(&Const::Int(i64::MIN)));
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Const::Tuple(t) if t.len() == 5)));
    // 1, 1.0, True and 0.0 / -0.0 are distinct constants.
    let c = code("a = (1, 1.0, True, 0.0, -0.0)\n");
    let Const::Tuple(t) = &c.consts[0] else {
        panic!()
    };
    assert_eq!(t.len(), 5);
    let c = code("a = 1\nb = 1.0\nc = True\n");
    assert_eq!(c.consts.len(), 4);
}

#[test]
fn docstrings() {
    let c = code("'mod doc'\nclass C:\n    'cls doc'\n");
    assert_eq!(ops(&c)[..2], ["LoadConst(0)", "StoreName(0)"]);
    assert_eq!(&*c.names[0], "__doc__");
    let cls = sub(&c, "C");
    assert!(names(&cls.names).contains(&"__doc__"));
}

#[test]
fn interactive_and_eval_modes() {
    let interactive = |src: &str| {
        let m = crate::parse::parse(src, "<stdin>", crate::parse::Mode::Interactive).unwrap();
        compile(&m, "<stdin>", src, Mode::Interactive).unwrap()
    };
    let count =
        |c: &crate::bytecode::CodeObject| ops(c).iter().filter(|o| *o == "PrintExpr").count();
    assert_eq!(count(&interactive("1 + 1\n")), 1);
    assert_eq!(count(&interactive("for i in x:\n    i\n\n")), 1);
    let c = interactive("def f():\n    2\n\n");
    assert_eq!(count(&c), 0);
    assert_eq!(count(&sub(&c, "f")), 0);
    let m = crate::parse::parse("a + 1", "<string>", crate::parse::Mode::Expression).unwrap();
    let c = compile(&m, "<string>", "a + 1", Mode::Eval).unwrap();
    assert_eq!(
        ops(&c),
        [
            "LoadName(0)",
            "LoadConst(0)",
            "BinaryOp(Add)",
            "ReturnValue"
        ]
    );
}

#[test]
fn match_statement_shapes() {
    let c = code("match p:\n    case [1, *r]:\n        pass\n    case {'k': v, **rest}:\n        pass\n    case C(a, b=c) | D(a, b=c):\n        pass\n    case _:\n        pass\n");
    let o = ops(&c);
    for op in [
        "MatchSequence",
        "GetLen",
        "UnpackEx(1)",
        "MatchMapping",
        "MatchKeys",
        "CopyDictWithoutKeys",
        "MatchClass(1)",
    ] {
        assert!(o.iter().any(|x| x == op), "{}", op);
    }
}

#[test]
fn line_numbers() {
    let c = code("x = (a\n     .b\n     .c())\n@d\ndef f():\n    pass\n");
    let f = sub(&c, "f");
    assert_eq!(f.first_line, 4);
    let pos = c
        .instructions
        .iter()
        .position(|i| matches!(i, Instr::LoadMethod(_)))
        .unwrap();
    assert_eq!(c.lines[pos], 3);
    let pos = c
        .instructions
        .iter()
        .position(|i| matches!(i, Instr::LoadAttr(_)))
        .unwrap();
    assert_eq!(c.lines[pos], 2);
    assert_eq!(c.lines.len(), c.instructions.len());
}

#[test]
fn stack_sizes_are_upper_bounds() {
    let c = code("f(a, b, (c, d, [e, {g: h}]))\n");
    assert!(c.stacksize >= 8);
    let c = code("def f():\n    with a as b, c as d:\n        try:\n            pass\n        except E:\n            pass\n");
    assert!(sub(&c, "f").stacksize >= 4);
}

/// Malformed ASTs (which the parser never produces) must give errors, not panics.
#[test]
fn malformed_asts_do_not_panic() {
    let bad_exprs = vec![
        ex(ExprKind::BoolOp {
            op: BoolOp::And,
            values: vec![],
        }),
        ex(ExprKind::Compare {
            left: Box::new(int(1)),
            ops: vec![CmpOp::Lt],
            comparators: vec![],
        }),
        ex(ExprKind::Dict {
            keys: vec![Some(int(1))],
            values: vec![],
        }),
        ex(ExprKind::ListComp {
            elt: Box::new(int(1)),
            generators: vec![],
        }),
        ex(ExprKind::Starred(Box::new(int(1)))),
        ex(ExprKind::FormattedValue {
            value: Box::new(int(1)),
            conversion: Some('x'),
            format_spec: None,
        }),
        ex(ExprKind::NamedExpr {
            target: Box::new(int(1)),
            value: Box::new(int(2)),
        }),
    ];
    for e in bad_exprs {
        let m = Module {
            body: vec![st(StmtKind::Expr(e))],
        };
        assert!(compile(&m, "t.py", "", Mode::Module).is_err());
    }
    let bad_stmts = vec![
        st(StmtKind::Assign {
            targets: vec![int(1)],
            value: int(2),
        }),
        st(StmtKind::Delete(vec![int(1)])),
        st(StmtKind::AugAssign {
            target: ex(ExprKind::Tuple(vec![])),
            op: BinOp::Add,
            value: int(1),
        }),
        st(StmtKind::With {
            items: vec![],
            body: vec![],
            is_async: false,
        }),
        st(StmtKind::Match {
            subject: int(1),
            cases: vec![],
        }),
        st(StmtKind::Try {
            body: vec![],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![],
            is_star: false,
        }),
        st(StmtKind::Return(None)),
        st(StmtKind::Match {
            subject: int(1),
            cases: vec![MatchCase {
                pattern: Pattern {
                    kind: PatternKind::MatchClass {
                        cls: name("C"),
                        patterns: vec![],
                        kwd_attrs: vec!["a".into()],
                        kwd_patterns: vec![],
                    },
                    loc: l(1, 0, 1),
                },
                guard: None,
                body: vec![],
            }],
        }),
        st(StmtKind::Match {
            subject: int(1),
            cases: vec![MatchCase {
                pattern: Pattern {
                    kind: PatternKind::MatchOr(vec![]),
                    loc: l(1, 0, 1),
                },
                guard: None,
                body: vec![],
            }],
        }),
    ];
    for s in bad_stmts {
        let m = Module { body: vec![s] };
        let _ = compile(&m, "t.py", "", Mode::Module);
    }
    // Eval mode with a statement.
    let m = Module {
        body: vec![st(StmtKind::Pass)],
    };
    assert!(compile(&m, "t.py", "", Mode::Eval).is_err());
}

#[test]
fn disassembly_recurses() {
    let c = code("def f():\n    return 1\n");
    let d = disassemble(&c);
    assert!(d.contains("Disassembly of <code object <module>"));
    assert!(d.contains("Disassembly of <code object f (f)"));
    assert!(d.contains("ReturnValue"));
}
