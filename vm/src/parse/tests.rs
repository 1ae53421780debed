//! Unit tests for the tokenizer and parser. Expected error messages and positions were
//! produced by CPython 3.11.7.

use super::{parse, Mode};
use crate::ast::*;
use crate::syntax_error::SyntaxErrorKind::{self, *};

fn module(src: &str) -> Module {
    match parse(src, "<test>", Mode::Module) {
        Ok(m) => m,
        Err(e) => panic!("failed to parse {:?}: {:?}", src, e),
    }
}

fn expr(src: &str) -> Expr {
    let m = parse(src, "<test>", Mode::Expression).unwrap_or_else(|e| panic!("{:?}: {:?}", src, e));
    match m.body.into_iter().next().unwrap().kind {
        StmtKind::Expr(e) => e,
        _ => unreachable!(),
    }
}

fn name(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Name(n) => n,
        k => panic!("not a name: {:?}", k),
    }
}

fn int(e: &Expr) -> i64 {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => *i,
        k => panic!("not an int: {:?}", k),
    }
}

fn loc(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
    Loc {
        line,
        col,
        end_line,
        end_col,
    }
}

fn str_const(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Constant(Constant::Str(s)) => s,
        k => panic!("not a str: {:?}", k),
    }
}

#[test]
fn programs_parse() {
    let progs = [
        "",
        "\n\n# only a comment\n",
        "x = 1\ny = 2; z = 3;\n",
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
        "if a:\n\tif b:\n\t\tc\n",
        "while x:\n    break\nelse:\n    continue\n",
        "for i, (a, *b) in enumerate(x):\n    pass\nelse:\n    pass\n",
        "async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n",
        "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n",
        "def f(a, /): pass\ndef g(*, a): pass\ndef h(*args: *Ts): pass\n",
        "@dec\n@dec2(1)\nclass A(B, metaclass=M):\n    x: int = 1\n    y: list[int]\n",
        "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept* E:\n    pass\n",
        "with (open(a) as f, open(b) as g,):\n    pass\n",
        "with (a, b):\n    pass\nwith (a, b) as c:\n    pass\n",
        "import a.b.c as d, e\nfrom . import x\nfrom ..a import (b, c,)\nfrom m import *\n",
        "global a, b\nnonlocal c\ndel a, b[0], c.d\nassert x, 'msg'\nraise E from F\nraise\n",
        "x = yield\ny = yield from z\nreturn *a, b\n",
        "lambda: 0\nlambda a, /, b=1, *c, d, **e: 0\nlambda *, a: a\n",
        "[x for x in y if x for z in w]\n{k: v for k, v in d}\n{x async for x in y}\n(x for x in y)\n",
        "a[1:2, ::3]\na[*b]\na[:]\na[1:2:3]\na[...]\n",
        "x = 0x_ff + 0o17 + 0b1_0 + 1_000 + 1.5e-3 + 3j + 1e10 + .5 + 5.\n",
        "s = 'a' \"b\" r'\\d' u'x' f'{x}' F'{y!r:>{w}}' fr'{z}\\n'\nb = rb'\\x' Rb'y' BR'z'\n",
        "s = \"\"\"multi\nline\"\"\" + '''another\none'''\n",
        "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if y:\n        pass\n    case str() | None | True:\n        pass\n    case -1 + 2j:\n        pass\n    case a.b.c:\n        pass\n    case (a, b) as t:\n        pass\n    case _:\n        pass\n",
        "match = 1\ncase = 2\n_ = match + case\nmatch(x)\n",
        "x = \\\n    1\n",
        "(a := 10)\nif (n := len(a)) > 10: pass\n",
        "print(*a, **k, sep='')\nf(a)(b)[c].d\n",
        "x = not a and b or c if d else e\n",
        "a, b = b, a\na = b = c\na += 1; a //= 2; a @= b; a **= 2; a >>= 1\n",
        "x: int\n(x): int = 1\na.b: int\na[0]: int = 2\n",
        "class A: pass\nclass B(): pass\n",
        "if x:\n    pass\n\n\n# trailing comment\n",
        "x = (\n    1,\n    2,\n)\n",
        "\u{e9} = 1\n\u{3c0} = 3.14\n\u{53d8}\u{91cf} = 2\n",
        "x = 1\r\ny = 2\rz = 3",
        "\u{feff}x = 1\n",
    ];
    for p in progs {
        module(p);
    }
}

#[test]
fn power_and_unary_precedence() {
    // -2**2 == -(2**2)
    let e = expr("-2**2");
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::BinOp {
                left,
                op: BinOp::Pow,
                right,
            } => {
                assert_eq!(int(left), 2);
                assert_eq!(int(right), 2);
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    // 2**-1
    match &expr("2**-1").kind {
        ExprKind::BinOp {
            op: BinOp::Pow,
            right,
            ..
        } => {
            assert!(matches!(
                right.kind,
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    ..
                }
            ))
        }
        k => panic!("{:?}", k),
    }
    // a**b**c is right-associative
    match &expr("a**b**c").kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Pow,
            right,
        } => {
            assert_eq!(name(left), "a");
            assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
        }
        k => panic!("{:?}", k),
    }
    // a - b - c is left-associative
    match &expr("a - b - c").kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Sub,
            right,
        } => {
            assert!(matches!(left.kind, ExprKind::BinOp { op: BinOp::Sub, .. }));
            assert_eq!(name(right), "c");
        }
        k => panic!("{:?}", k),
    }
    // ~x**2 == ~(x**2); await x**2 == (await x)**2
    assert!(matches!(
        expr("~x**2").kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Invert,
            ..
        }
    ));
    match &expr("await x**2").kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Pow,
            ..
        } => assert!(matches!(left.kind, ExprKind::Await(_))),
        k => panic!("{:?}", k),
    }
    // a + b * c ** d
    match &expr("a + b * c ** d").kind {
        ExprKind::BinOp {
            op: BinOp::Add,
            right,
            ..
        } => match &right.kind {
            ExprKind::BinOp {
                op: BinOp::Mult,
                right,
                ..
            } => {
                assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }))
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    // a | b ^ c & d << e
    match &expr("a | b ^ c & d << e").kind {
        ExprKind::BinOp {
            op: BinOp::BitOr,
            right,
            ..
        } => match &right.kind {
            ExprKind::BinOp {
                op: BinOp::BitXor,
                right,
                ..
            } => match &right.kind {
                ExprKind::BinOp {
                    op: BinOp::BitAnd,
                    right,
                    ..
                } => {
                    assert!(matches!(
                        right.kind,
                        ExprKind::BinOp {
                            op: BinOp::LShift,
                            ..
                        }
                    ))
                }
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
}

#[test]
fn boolean_comparison_conditional() {
    match &expr("not a == b").kind {
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert!(matches!(operand.kind, ExprKind::Compare { .. })),
        k => panic!("{:?}", k),
    }
    match &expr("a < b <= c not in d is not e").kind {
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            assert_eq!(name(left), "a");
            assert_eq!(
                ops,
                &vec![CmpOp::Lt, CmpOp::LtE, CmpOp::NotIn, CmpOp::IsNot]
            );
            assert_eq!(comparators.len(), 4);
        }
        k => panic!("{:?}", k),
    }
    match &expr("a or b and c or d").kind {
        ExprKind::BoolOp {
            op: BoolOp::Or,
            values,
        } => {
            assert_eq!(values.len(), 3);
            assert!(matches!(
                values[1].kind,
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    ..
                }
            ));
        }
        k => panic!("{:?}", k),
    }
    match &expr("a if b else c if d else e").kind {
        ExprKind::IfExp { test, body, orelse } => {
            assert_eq!(name(test), "b");
            assert_eq!(name(body), "a");
            assert!(matches!(orelse.kind, ExprKind::IfExp { .. }));
        }
        k => panic!("{:?}", k),
    }
    match &expr("lambda x: x if y else z").kind {
        ExprKind::Lambda { body, .. } => assert!(matches!(body.kind, ExprKind::IfExp { .. })),
        k => panic!("{:?}", k),
    }
    match &expr("(y := f(x))").kind {
        ExprKind::NamedExpr { target, .. } => assert_eq!(name(target), "y"),
        k => panic!("{:?}", k),
    }
}

#[test]
fn subscripts_and_stars() {
    match &expr("a[1:2, ::3]").kind {
        ExprKind::Subscript { slice, .. } => match &slice.kind {
            ExprKind::Tuple(elts) => {
                assert_eq!(elts.len(), 2);
                assert!(matches!(
                    elts[1].kind,
                    ExprKind::Slice {
                        lower: None,
                        upper: None,
                        step: Some(_)
                    }
                ));
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    match &expr("a[*b]").kind {
        ExprKind::Subscript { slice, .. } => match &slice.kind {
            ExprKind::Tuple(elts) => assert!(matches!(elts[0].kind, ExprKind::Starred(_))),
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    match &expr("f(a, *b, c=1, **d)").kind {
        ExprKind::Call { args, keywords, .. } => {
            assert_eq!(args.len(), 2);
            assert!(matches!(args[1].kind, ExprKind::Starred(_)));
            assert_eq!(keywords[0].arg.as_deref(), Some("c"));
            assert_eq!(keywords[1].arg, None);
        }
        k => panic!("{:?}", k),
    }
    match &expr("f(x for x in y)").kind {
        ExprKind::Call { args, .. } => {
            assert!(matches!(args[0].kind, ExprKind::GeneratorExp { .. }))
        }
        k => panic!("{:?}", k),
    }
    let m = module("*a, b = c\n");
    match &m.body[0].kind {
        StmtKind::Assign { targets, .. } => match &targets[0].kind {
            ExprKind::Tuple(elts) => assert!(matches!(elts[0].kind, ExprKind::Starred(_))),
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
}

#[test]
fn statements_shape() {
    let m = module("a = b = 1\nx += 2\ny: int = 3\n(z): int\n");
    assert!(matches!(&m.body[0].kind, StmtKind::Assign { targets, .. } if targets.len() == 2));
    assert!(matches!(
        &m.body[1].kind,
        StmtKind::AugAssign { op: BinOp::Add, .. }
    ));
    assert!(matches!(
        &m.body[2].kind,
        StmtKind::AnnAssign {
            simple: true,
            value: Some(_),
            ..
        }
    ));
    assert!(matches!(
        &m.body[3].kind,
        StmtKind::AnnAssign {
            simple: false,
            value: None,
            ..
        }
    ));
    let m = module("from ..a.b import c as d, e\n");
    match &m.body[0].kind {
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            assert_eq!(module.as_deref(), Some("a.b"));
            assert_eq!(*level, 2);
            assert_eq!(names[0].asname.as_deref(), Some("d"));
        }
        k => panic!("{:?}", k),
    }
    let m = module("from . import (x,)\nimport a.b as c\nfrom ...x import *\n");
    assert!(matches!(
        &m.body[0].kind,
        StmtKind::ImportFrom {
            module: None,
            level: 1,
            ..
        }
    ));
    assert!(
        matches!(&m.body[1].kind, StmtKind::Import(v) if v[0].name == "a.b" && v[0].asname.as_deref() == Some("c"))
    );
    assert!(
        matches!(&m.body[2].kind, StmtKind::ImportFrom { level: 3, names, .. } if names[0].name == "*")
    );
    let m = module("def f(a, b=1, /, c=2, *d, e, f=3, **g): pass\n");
    match &m.body[0].kind {
        StmtKind::FunctionDef(f) => {
            let a = &f.args;
            assert_eq!(a.posonlyargs.len(), 2);
            assert_eq!(a.args.len(), 1);
            assert_eq!(a.defaults.len(), 2);
            assert_eq!(a.vararg.as_ref().unwrap().name, "d");
            assert_eq!(a.kwonlyargs.len(), 2);
            assert_eq!(a.kw_defaults.len(), 2);
            assert!(a.kw_defaults[0].is_none() && a.kw_defaults[1].is_some());
            assert_eq!(a.kwarg.as_ref().unwrap().name, "g");
        }
        k => panic!("{:?}", k),
    }
    let m = module("try:\n pass\nexcept* E:\n pass\n");
    assert!(matches!(
        &m.body[0].kind,
        StmtKind::Try { is_star: true, .. }
    ));
    let m = module("if a:\n pass\nelif b:\n pass\n");
    match &m.body[0].kind {
        StmtKind::If { orelse, .. } => assert!(matches!(orelse[0].kind, StmtKind::If { .. })),
        k => panic!("{:?}", k),
    }
    let m = module("@a.b(1)\nasync def f(): pass\n");
    match &m.body[0].kind {
        StmtKind::FunctionDef(f) => {
            assert!(f.is_async);
            assert_eq!(f.decorators.len(), 1);
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn constants() {
    assert!(matches!(
        expr("123").kind,
        ExprKind::Constant(Constant::Int(123))
    ));
    assert!(matches!(
        expr("0xff").kind,
        ExprKind::Constant(Constant::Int(255))
    ));
    assert!(matches!(
        expr("0o17").kind,
        ExprKind::Constant(Constant::Int(15))
    ));
    assert!(matches!(
        expr("0b101").kind,
        ExprKind::Constant(Constant::Int(5))
    ));
    assert!(matches!(
        expr("1_000_000").kind,
        ExprKind::Constant(Constant::Int(1000000))
    ));
    match expr("123456789012345678901234567890").kind {
        ExprKind::Constant(Constant::BigInt(b)) => {
            assert_eq!(b.to_string(), "123456789012345678901234567890")
        }
        k => panic!("{:?}", k),
    }
    assert!(matches!(
        expr("9223372036854775807").kind,
        ExprKind::Constant(Constant::Int(i64::MAX))
    ));
    assert!(matches!(
        expr("9223372036854775808").kind,
        ExprKind::Constant(Constant::BigInt(_))
    ));
    assert!(matches!(expr("1.5").kind, ExprKind::Constant(Constant::Float(f)) if f == 1.5));
    assert!(
        matches!(expr("1_0.5e-1_0").kind, ExprKind::Constant(Constant::Float(f)) if f == 10.5e-10)
    );
    assert!(
        matches!(expr("3j").kind, ExprKind::Constant(Constant::Complex { real, imag }) if real == 0.0 && imag == 3.0)
    );
    assert!(
        matches!(expr("1e400").kind, ExprKind::Constant(Constant::Float(f)) if f.is_infinite())
    );
    assert!(matches!(
        expr("...").kind,
        ExprKind::Constant(Constant::Ellipsis)
    ));
    assert!(matches!(
        expr("None").kind,
        ExprKind::Constant(Constant::None)
    ));
    assert!(matches!(
        expr("True").kind,
        ExprKind::Constant(Constant::Bool(true))
    ));
    assert_eq!(str_const(&expr("'a' 'b' \"c\"")), "abc");
    assert_eq!(
        str_const(&expr(r#"'\n\t\\\x41\u00e9\U0001F600\101\q\'\"'"#)),
        "\n\t\\A\u{e9}\u{1F600}A\\q'\""
    );
    assert_eq!(str_const(&expr(r"r'\n'")), "\\n");
    assert_eq!(str_const(&expr("'''a\nb'''")), "a\nb");
    assert_eq!(str_const(&expr("'a\\\nb'")), "ab");
    assert_eq!(
        str_const(&expr(r"'\N{EM DASH}\N{latin small letter a}\N{LF}'")),
        "\u{2014}a\n"
    );
    assert_eq!(
        str_const(&expr(
            r"'\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}'"
        )),
        "\u{4e00}\u{AC01}"
    );
    match expr(r"b'a\x00\xff' rb'\d'").kind {
        ExprKind::Constant(Constant::Bytes(b)) => assert_eq!(b, vec![b'a', 0, 0xff, b'\\', b'd']),
        k => panic!("{:?}", k),
    }
    // Identifiers are NFKC-normalized.
    assert_eq!(name(&expr("\u{fb01}x")), "fix");
}

#[test]
fn fstrings() {
    match expr("f'a{x!r:>{w}}b' 'c'").kind {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts.len(), 3);
            assert_eq!(str_const(&parts[0]), "a");
            match &parts[1].kind {
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    assert_eq!(name(value), "x");
                    assert_eq!(*conversion, Some('r'));
                    match &format_spec.as_ref().unwrap().kind {
                        ExprKind::JoinedStr(spec) => {
                            assert_eq!(str_const(&spec[0]), ">");
                            assert!(matches!(spec[1].kind, ExprKind::FormattedValue { .. }));
                        }
                        k => panic!("{:?}", k),
                    }
                }
                k => panic!("{:?}", k),
            }
            assert_eq!(str_const(&parts[2]), "bc");
        }
        k => panic!("{:?}", k),
    }
    // Self-documenting expressions keep the exact text, including spaces.
    match expr("f'{x = }'").kind {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(str_const(&parts[0]), "x = ");
            assert!(matches!(
                parts[1].kind,
                ExprKind::FormattedValue {
                    conversion: Some('r'),
                    format_spec: None,
                    ..
                }
            ));
        }
        k => panic!("{:?}", k),
    }
    match expr("f'{x=:>5}'").kind {
        ExprKind::JoinedStr(parts) => {
            assert!(matches!(
                parts[1].kind,
                ExprKind::FormattedValue {
                    conversion: None,
                    format_spec: Some(_),
                    ..
                }
            ))
        }
        k => panic!("{:?}", k),
    }
    match expr("f'{{}}{1}'").kind {
        ExprKind::JoinedStr(parts) => assert_eq!(str_const(&parts[0]), "{}"),
        k => panic!("{:?}", k),
    }
    match expr("f''").kind {
        ExprKind::JoinedStr(parts) => assert!(parts.is_empty()),
        k => panic!("{:?}", k),
    }
    match expr("f\"{f'{x}'}\"").kind {
        ExprKind::JoinedStr(parts) => match &parts[0].kind {
            ExprKind::FormattedValue { value, .. } => {
                assert!(matches!(value.kind, ExprKind::JoinedStr(_)))
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    // Inner expression locations are real source positions.
    let m = module("x = f'ab{y + 1}'\n");
    match &m.body[0].kind {
        StmtKind::Assign { value, .. } => match &value.kind {
            ExprKind::JoinedStr(parts) => match &parts[1].kind {
                ExprKind::FormattedValue { value, .. } => assert_eq!(value.loc, loc(1, 9, 1, 14)),
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
}

#[test]
fn locations() {
    let m = module("x = 1\nif a:\n    y = f(b)\n");
    assert_eq!(m.body[0].loc, loc(1, 0, 1, 5));
    assert_eq!(m.body[1].loc, loc(2, 0, 3, 12));
    match &m.body[1].kind {
        StmtKind::If { body, .. } => match &body[0].kind {
            StmtKind::Assign { value, .. } => assert_eq!(value.loc, loc(3, 8, 3, 12)),
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    // Columns count characters, not bytes.
    let m = module("\u{e9} = '\u{fc}'; x\n");
    assert_eq!(m.body[1].loc, loc(1, 9, 1, 10));
    // Decorated definitions start at `def`.
    let m = module("@d\ndef f(): pass\n");
    assert_eq!(m.body[0].loc, loc(2, 0, 2, 13));
    // Parenthesized tuple includes the parentheses; a group does not.
    assert_eq!(expr("(1, 2)").loc, loc(1, 0, 1, 6));
    assert_eq!(expr("((x))").loc, loc(1, 2, 1, 3));
    // Multi-line string constant.
    assert_eq!(expr("'''a\nbc'''").loc, loc(1, 0, 2, 5));
}

#[test]
fn soft_keywords_are_names() {
    let m = module("match = [1]\nmatch[0]\ncase = 2\n_ = match, case\n");
    assert_eq!(m.body.len(), 4);
    let m = module("match x:\n    case _:\n        pass\n");
    match &m.body[0].kind {
        StmtKind::Match { cases, .. } => {
            assert!(matches!(
                cases[0].pattern.kind,
                PatternKind::MatchAs {
                    pattern: None,
                    name: None
                }
            ))
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn patterns() {
    let m = module(
        "match x:\n case [1, *r] | {'a': 2, **kw} | P(1, y=_) | -1+2j | None | a.b as z: pass\n",
    );
    match &m.body[0].kind {
        StmtKind::Match { cases, .. } => match &cases[0].pattern.kind {
            PatternKind::MatchAs {
                pattern: Some(p),
                name: Some(n),
            } => {
                assert_eq!(n, "z");
                match &p.kind {
                    PatternKind::MatchOr(alts) => {
                        assert_eq!(alts.len(), 6);
                        assert!(matches!(alts[0].kind, PatternKind::MatchSequence(_)));
                        assert!(
                            matches!(&alts[1].kind, PatternKind::MatchMapping { rest: Some(r), .. } if r == "kw")
                        );
                        assert!(
                            matches!(&alts[2].kind, PatternKind::MatchClass { kwd_attrs, .. } if kwd_attrs == &vec!["y".to_string()])
                        );
                        assert!(matches!(alts[3].kind, PatternKind::MatchValue(_)));
                        assert!(matches!(
                            alts[4].kind,
                            PatternKind::MatchSingleton(Constant::None)
                        ));
                        assert!(matches!(alts[5].kind, PatternKind::MatchValue(_)));
                    }
                    k => panic!("{:?}", k),
                }
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
}

#[test]
fn modes() {
    // Expression mode: surrounding whitespace/newlines allowed.
    let m = parse("  1 + 2\n\n", "<s>", Mode::Expression).unwrap();
    assert_eq!(m.body.len(), 1);
    assert!(parse("x = 1", "<s>", Mode::Expression).is_err());
    // Interactive mode: one statement (possibly compound, possibly without a final newline).
    assert_eq!(
        parse("x = 1; y = 2", "<s>", Mode::Interactive)
            .unwrap()
            .body
            .len(),
        2
    );
    assert_eq!(
        parse("if x:\n  y", "<s>", Mode::Interactive)
            .unwrap()
            .body
            .len(),
        1
    );
    let e = parse("x = 1\ny = 2\n", "<s>", Mode::Interactive).unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
}

#[test]
fn error_messages_and_positions() {
    let cases: &[(&str, SyntaxErrorKind, &str, u32, u32, u32, u32)] = &[
    ("f() = 1", SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
    ("1 = x", SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
    ("x + 1 = 2", SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
    ("(a, b()) = 1", SyntaxError, "cannot assign to function call", 1, 5, 1, 8),
    ("[a, 1] = x", SyntaxError, "cannot assign to literal", 1, 5, 1, 6),
    ("for f() in x: pass", SyntaxError, "cannot assign to function call", 1, 5, 1, 8),
    ("with a as f(): pass", SyntaxError, "cannot assign to function call", 1, 11, 1, 14),
    ("f() += 1", SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4),
    ("del f()", SyntaxError, "cannot delete function call", 1, 5, 1, 8),
    ("del 1", SyntaxError, "cannot delete literal", 1, 5, 1, 6),
    ("del (a, 1)", SyntaxError, "cannot delete literal", 1, 9, 1, 10),
    ("(a, b) += 1", SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7),
    ("[a] += 1", SyntaxError, "'list' is an illegal expression for augmented assignment", 1, 1, 1, 4),
    ("x, y: int = 1", SyntaxError, "only single target (not tuple) can be annotated", 1, 1, 1, 2),
    ("f(): int", SyntaxError, "illegal target for annotation", 1, 1, 1, 4),
    ("[x, y]: int", SyntaxError, "only single target (not list) can be annotated", 1, 1, 1, 7),
    ("True = 1", SyntaxError, "cannot assign to True", 1, 1, 1, 5),
    ("None = 1", SyntaxError, "cannot assign to None", 1, 1, 1, 5),
    ("x.True = 1", SyntaxError, "invalid syntax", 1, 3, 1, 7),
    ("f(True=1)", SyntaxError, "cannot assign to True", 1, 3, 1, 8),
    ("*a = 1", SyntaxError, "starred assignment target must be in a list or tuple", 1, 1, 1, 3),
    ("*a", SyntaxError, "can't use starred expression here", 1, 1, 1, 3),
    ("a, *b, *c = d", SyntaxError, "multiple starred expressions in assignment", 1, 1, 1, 10),
    ("f(a=1, b)", SyntaxError, "positional argument follows keyword argument", 1, 9, 1, 10),
    ("f(**a, *b)", SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
    ("f(**a, b)", SyntaxError, "positional argument follows keyword argument unpacking", 1, 9, 1, 10),
    ("def f(a=1, b): pass", SyntaxError, "non-default argument follows default argument", 1, 12, 1, 13),
    ("lambda a=1, b: 0", SyntaxError, "non-default argument follows default argument", 1, 13, 1, 14),
    ("def f(*): pass", SyntaxError, "named arguments must follow bare *", 1, 7, 1, 8),
    ("def f(**a, b): pass", SyntaxError, "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
    ("def f(a, a): pass", SyntaxError, "duplicate argument 'a' in function definition", 1, 10, 1, 11),
    ("f(x for x in y, 1)", SyntaxError, "Generator expression must be parenthesized", 1, 3, 1, 15),
    ("f(1, x for x in y)", SyntaxError, "Generator expression must be parenthesized", 1, 6, 1, 18),
    ("f(a=1 for a in b)", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5),
    ("f(a + 1 = 2)", SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 10),
    ("x = [a b]", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
    ("x = (a b)", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
    ("x = {a b}", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
    ("x = f(a b)", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10),
    ("if x = 1: pass", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
    ("while x = 1: pass", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12),
    ("if x.y = 1: pass", SyntaxError, "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7),
    ("(a.b := 1)", SyntaxError, "cannot use assignment expressions with attribute", 1, 2, 1, 5),
    ("print 'hello'", SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14),
    ("print x", SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8),
    ("exec 'x'", SyntaxError, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9),
    ("if x\n    pass", SyntaxError, "expected ':'", 1, 5, 1, 5),
    ("while x\n    pass", SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("for x in y\n    pass", SyntaxError, "expected ':'", 1, 11, 1, 11),
    ("def f()\n    pass", SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("class A\n    pass", SyntaxError, "expected ':'", 1, 8, 1, 8),
    ("try\n    pass", SyntaxError, "expected ':'", 1, 4, 1, 4),
    ("with x\n    pass", SyntaxError, "expected ':'", 1, 7, 1, 7),
    ("if x:\npass", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
    ("if x:\n", IndentationError, "expected an indented block after 'if' statement on line 1", 1, 6, 1, 0),
    ("def f():\n", IndentationError, "expected an indented block after function definition on line 1", 1, 9, 1, 0),
    ("class A:\n", IndentationError, "expected an indented block after class definition on line 1", 1, 9, 1, 0),
    ("for x in y:\nz", IndentationError, "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2),
    ("while x:\n pass\nelse:\nz", IndentationError, "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2),
    ("try:\n pass\nexcept:\nz", IndentationError, "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2),
    ("try:\n pass\nfinally:\nz", IndentationError, "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2),
    ("with x:\nz", IndentationError, "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2),
    ("match x:\ncase 1: pass", IndentationError, "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5),
    ("match x:\n case 1:\n pass", IndentationError, "expected an indented block after 'case' statement on line 2", 3, 2, 3, 6),
    ("x = 1\n  y = 2", IndentationError, "unexpected indent", 2, 2, 2, 0),
    ("if x:\n    a\n  b", IndentationError, "unindent does not match any outer indentation level", 3, 4, 3, 0),
    ("if x:\n\ta\n        b", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
    ("try:\n  pass\n", SyntaxError, "expected 'except' or 'finally' block", 2, 7, 2, 0),
    ("try:\n  pass\nx = 1", SyntaxError, "expected 'except' or 'finally' block", 3, 1, 3, 2),
    ("try:\n pass\nexcept E:\n pass\nexcept* F:\n pass", SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 8),
    ("x = (1,", SyntaxError, "'(' was never closed", 1, 5, 1, 0),
    ("x = [1, 2", SyntaxError, "'[' was never closed", 1, 5, 1, 0),
    ("x = {1: 2", SyntaxError, "'{' was never closed", 1, 5, 1, 0),
    ("x = )", SyntaxError, "unmatched ')'", 1, 5, 1, 5),
    ("x = ]", SyntaxError, "unmatched ']'", 1, 5, 1, 5),
    ("x = (1]", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7),
    ("x = (1,\n2]", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2),
    ("x = 1 +", SyntaxError, "invalid syntax", 1, 8, 1, 8),
    ("x = 1 + \\", SyntaxError, "unexpected EOF while parsing", 1, 10, 1, 0),
    ("x = 1 \\ 2", SyntaxError, "unexpected character after line continuation character", 1, 8, 1, 0),
    ("x = 'abc", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
    ("x = '''abc", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5),
    ("x = \"abc\ny = 1", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5, 1, 5),
    ("x = 1_", SyntaxError, "invalid decimal literal", 1, 6, 1, 6),
    ("x = 1__0", SyntaxError, "invalid decimal literal", 1, 6, 1, 6),
    ("x = 0x", SyntaxError, "invalid hexadecimal literal", 1, 6, 1, 6),
    ("x = 012", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6),
    ("x = 1a", SyntaxError, "invalid decimal literal", 1, 5, 1, 5),
    ("x = 0b102", SyntaxError, "invalid digit '2' in binary literal", 1, 9, 1, 9),
    ("x = 0o8", SyntaxError, "invalid digit '8' in octal literal", 1, 7, 1, 7),
    ("x = 1e", SyntaxError, "invalid decimal literal", 1, 5, 1, 5),
    ("x = 5 \u{20ac} 3", SyntaxError, "invalid character '\u{20ac}' (U+20AC)", 1, 7, 1, 7),
    ("x = a\u{a0}b", SyntaxError, "invalid non-printable character U+00A0", 1, 6, 1, 6),
    ("x = $", SyntaxError, "invalid syntax", 1, 5, 1, 6),
    ("x = 1 ?", SyntaxError, "invalid syntax", 1, 7, 1, 8),
    ("x = `a`", SyntaxError, "invalid syntax", 1, 5, 1, 6),
    ("f'{}'", SyntaxError, "f-string: empty expression not allowed", 1, 6, 1, 6),
    ("f'{ }'", SyntaxError, "f-string: empty expression not allowed", 1, 7, 1, 7),
    ("f'{x'", SyntaxError, "f-string: expecting '}'", 1, 6, 1, 6),
    ("f'}'", SyntaxError, "f-string: single '}' is not allowed", 1, 5, 1, 5),
    ("f'{x!z}'", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9),
    ("f'{x:{y:{z}}}'", SyntaxError, "f-string: expressions nested too deeply", 1, 15, 1, 15),
    ("f'{a b}'", SyntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
    ("f'{#}'", SyntaxError, "f-string expression part cannot include '#'", 1, 7, 1, 7),
    ("f'{\\n}'", SyntaxError, "f-string expression part cannot include a backslash", 1, 8, 1, 8),
    ("f'{)}'", SyntaxError, "f-string: unmatched ')'", 1, 7, 1, 7),
    ("f'{x!}'", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8),
    ("f'{=}'", SyntaxError, "f-string: expression required before '='", 1, 7, 1, 7),
    ("f'{*x}'", SyntaxError, "f-string: cannot use starred expression here", 1, 2, 1, 4),
    ("b'\u{e9}'", SyntaxError, "bytes can only contain ASCII literal characters", 1, 1, 1, 5),
    ("x = b'a' 'b'", SyntaxError, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13),
    ("'\\x1'", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 6),
    ("'\\N{foo}'", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10, 1, 10),
    ("'\\U11111111'", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13, 1, 13),
    ("def f(/): pass", SyntaxError, "invalid syntax", 1, 7, 1, 8),
    ("def f(a, /, /): pass", SyntaxError, "/ may appear only once", 1, 13, 1, 14),
    ("def f(*a, /): pass", SyntaxError, "/ must be ahead of *", 1, 11, 1, 12),
    ("def f(*a, *b): pass", SyntaxError, "* argument may appear only once", 1, 11, 1, 12),
    ("def f(a, *b=1): pass", SyntaxError, "var-positional argument cannot have default value", 1, 12, 1, 13),
    ("def f(a=): pass", SyntaxError, "expected default value expression", 1, 8, 1, 9),
    ("lambda *: 0", SyntaxError, "named arguments must follow bare *", 1, 9, 1, 10),
    ("class A(x for x in y): pass", SyntaxError, "invalid syntax", 1, 11, 1, 14),
    ("x = 1 if 2", SyntaxError, "expected 'else' after 'if' expression", 1, 5, 1, 11),
    ("x = yield = 1", SyntaxError, "assignment to yield expression not possible", 1, 5, 1, 10),
    ("a, b += 1", SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5),
    ("x = *a", SyntaxError, "can't use starred expression here", 1, 5, 1, 7),
    ("import a.b as c.d", SyntaxError, "invalid syntax", 1, 16, 1, 17),
    ("from x import a,", SyntaxError, "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17),
    ("from x import (a, b", SyntaxError, "'(' was never closed", 1, 15, 1, 0),
    ("import", SyntaxError, "invalid syntax", 1, 7, 1, 7),
    ("x: int = *a", SyntaxError, "can't use starred expression here", 1, 10, 1, 12),
    ("async = 1", SyntaxError, "invalid syntax", 1, 7, 1, 8),
    ("await = 1", SyntaxError, "invalid syntax", 1, 7, 1, 8),
    ("def f(x): return x y", SyntaxError, "invalid syntax", 1, 20, 1, 21),
    ("x = [i for i in range(3) if]", SyntaxError, "invalid syntax", 1, 28, 1, 29),
    ("x = {1: 2, 3}", SyntaxError, "':' expected after dictionary key", 1, 12, 1, 0),
    ("x = {1: *a}", SyntaxError, "cannot use a starred expression in a dictionary value", 1, 9, 1, 11),
    ("x = {**a: 1}", SyntaxError, "invalid syntax", 1, 9, 1, 10),
    ("x = (**a)", SyntaxError, "cannot use double starred expression here", 1, 6, 1, 8),
    ("x = (*a)", SyntaxError, "cannot use starred expression here", 1, 6, 1, 8),
    ("x = [**a]", SyntaxError, "invalid syntax", 1, 6, 1, 8),
    ("x = {**a for a in b}", SyntaxError, "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8),
    ("x = [*a for a in b]", SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8),
    ("x = [a, b for a in c]", SyntaxError, "did you forget parentheses around the comprehension target?", 1, 6, 1, 10),
    ("match x:\n case a as _: pass", SyntaxError, "cannot use '_' as a target", 2, 12, 2, 13),
    ("match x:\n case A(a=1, b): pass", SyntaxError, "positional patterns follow keyword patterns", 2, 14, 2, 15),
    ("match x:\n case 1+2: pass", SyntaxError, "imaginary number required in complex literal", 2, 9, 2, 10),
    ("match x:\n case -1j+1: pass", SyntaxError, "real number required in complex literal", 2, 8, 2, 10),
    ("match x:\n case {**a, 'b': 1}: pass", SyntaxError, "invalid syntax", 2, 13, 2, 16),
    ("else: pass", SyntaxError, "invalid syntax", 1, 1, 1, 5),
    ("elif x: pass", SyntaxError, "invalid syntax", 1, 1, 1, 5),
    ("except: pass", SyntaxError, "invalid syntax", 1, 1, 1, 7),
    ("case 1: pass", SyntaxError, "invalid syntax", 1, 6, 1, 7),
    ("x = 1 +\\\n", SyntaxError, "unexpected EOF while parsing", 1, 9, 1, 0),
    ("(\n1 +\n", SyntaxError, "'(' was never closed", 1, 1, 1, 0),
    ("if True:\n\tx\n    y", IndentationError, "unindent does not match any outer indentation level", 3, 6, 3, 0),
    ("assert x = 1", SyntaxError, "invalid syntax", 1, 10, 1, 11),
    ("raise x from", SyntaxError, "invalid syntax", 1, 13, 1, 13),
    ("global x y", SyntaxError, "invalid syntax", 1, 10, 1, 11),
    ("x = not", SyntaxError, "invalid syntax", 1, 8, 1, 8),
    ("x = 1 not in", SyntaxError, "invalid syntax", 1, 13, 1, 13),
    ("x = -", SyntaxError, "invalid syntax", 1, 6, 1, 6),
    ("x = a[", SyntaxError, "'[' was never closed", 1, 6, 1, 0),
    ("x = a[1:2:3:4]", SyntaxError, "invalid syntax", 1, 12, 1, 13),
    ("@dec\n", SyntaxError, "invalid syntax", 1, 0, 1, 0),
    ("@dec\nx = 1", SyntaxError, "invalid syntax", 2, 1, 2, 2),
    ("def f(x) -> : pass", SyntaxError, "expected ':'", 1, 10, 1, 12),
    ("class A(metaclass=): pass", SyntaxError, "invalid syntax", 1, 19, 1, 20),
    ("x = 10000000000000000000000000000 $", SyntaxError, "invalid syntax", 1, 35, 1, 36),
    ];
    let mut failures = Vec::new();
    for &(src, kind, msg, l, o, el, eo) in cases {
        match parse(src, "<test>", Mode::Module) {
            Ok(_) => failures.push(format!("{:?}: parsed OK, expected {:?}", src, msg)),
            Err(e) => {
                let got = (
                    e.kind,
                    e.msg.as_str(),
                    e.lineno,
                    e.offset,
                    e.end_lineno,
                    e.end_offset,
                );
                if got != (kind, msg, l, o, el, eo) {
                    failures.push(format!(
                        "{:?}: got {:?}, expected {:?}",
                        src,
                        got,
                        (kind, msg, l, o, el, eo)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn error_text_and_filename() {
    let e = parse("x = 1\ny = (1,\nz = 2", "prog.py", Mode::Module).unwrap_err();
    assert_eq!(e.filename, "prog.py");
    assert_eq!(e.msg, "'(' was never closed");
    assert_eq!(e.text.as_deref(), Some("y = (1,"));
    let e = parse("x = 1\n\x00", "p", Mode::Module).unwrap_err();
    assert_eq!(e.msg, "source code string cannot contain null bytes");
}

/// Run `f` on a thread with `mb` MiB of stack (the parser assumes at least 16 MiB).
fn with_stack<T: Send + 'static>(mb: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(mb << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_does_not_overflow() {
    with_stack(16, || {
        let ok = |s: String| {
            assert!(
                parse(&s, "<t>", Mode::Module).is_ok(),
                "{}",
                &s[..40.min(s.len())]
            )
        };
        let err = |s: String, msg: &str| {
            let e = parse(&s, "<t>", Mode::Module).unwrap_err();
            assert_eq!(e.msg, msg);
        };
        ok("(".repeat(199) + "x" + &")".repeat(199));
        err(
            "(".repeat(201) + "x" + &")".repeat(201),
            "too many nested parentheses",
        );
        ok("f(".repeat(199) + "x" + &")".repeat(199));
        ok("-".repeat(1000) + "x");
        ok("x".to_string() + &"+x".repeat(2000));
        ok("lambda: ".repeat(1000) + "x");
        let too_deep = "maximum recursion depth exceeded during compilation";
        err("-".repeat(20000) + "x", too_deep);
        err("not ".repeat(20000) + "x", too_deep);
        err("x".to_string() + &".a".repeat(20000), too_deep);
        err("x".to_string() + &"+x".repeat(20000), too_deep);
        err("x".to_string() + &"**x".repeat(20000), too_deep);
        err("lambda: ".repeat(20000) + "x", too_deep);
        err("x if y else ".repeat(20000) + "x", too_deep);
        err("[".repeat(100) + &"-".repeat(20000) + "x", too_deep);
        err(
            "f'{".to_string() + &"(".repeat(250) + "x" + &")".repeat(250) + "}'",
            "f-string: too many nested parenthesis",
        );
        let nested_ifs: String = (0..99)
            .map(|i| " ".repeat(i) + "if x:\n")
            .collect::<String>()
            + &" ".repeat(99)
            + "pass\n";
        ok(nested_ifs);
    });
}

/// A tiny deterministic PRNG (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLES: &[&str] = &[
    "def f(a, b=1, *args, c, **kw):\n    '''doc'''\n    return [x ** 2 for x in range(a) if x % 2] + [b]\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    @property\n    def y(self):\n        return f'{self.x!r:>{10}} {self.x=}'\n",
    "try:\n    import os\nexcept (ImportError, OSError) as e:\n    raise RuntimeError('x') from e\nelse:\n    pass\nfinally:\n    del e\n",
    "async def g():\n    async with a as b:\n        async for i in b:\n            await i\n    return {k: v async for k, v in x}\n",
    "match p:\n    case Point(x=0, y=0):\n        print('origin')\n    case [1, 2, *rest] | {'k': v, **kw}:\n        pass\n    case _ if x:\n        pass\n",
    "x = lambda a, /, b, *, c=3: (a, b, c)\ny = a if b else c\nz = not a or b and c\nw = a[1:2, ::3, ...]\n",
    "with (open('a') as f, open('b') as g):\n    data = f.read() + g.read()\n    (n := len(data))\n",
    "s = 'abc' \"def\" r'\\n' b'\\x00' rb'\\d' '\\N{BULLET}' u'\\u00e9'\nt = f\"\"\"{x}\n{y:{w}.{p}f}\"\"\"\n",
    "while True:\n\tif x:\n\t\tbreak\n\telif y:\n\t\tcontinue\nelse:\n    pass\n",
    "for i, (j, *k) in enumerate(zip(a, b)):\n    global g\n    nonlocal n\n    assert i, 'm'\n    yield from i\n",
];

#[test]
fn random_mutations_never_panic() {
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        ".",
        "=",
        "==",
        "*",
        "**",
        "\n",
        "\n    ",
        "\t",
        " ",
        "\\",
        "\\\n",
        "'",
        "\"",
        "'''",
        "\"\"\"",
        "f'",
        "f'{",
        "}",
        "#",
        "if",
        "else",
        "lambda",
        "for",
        "in",
        "not",
        "yield",
        "await",
        "async",
        "def",
        "class",
        "match",
        "case",
        "_",
        "1",
        "0x",
        "1e",
        "1_",
        "0o8",
        "\u{e9}",
        "\u{20ac}",
        "\u{0}",
        "\u{a0}",
        "\u{200b}",
        "\u{1F600}",
        "\r",
        "\r\n",
        "\x0c",
        "$",
        "?",
        "!",
        "->",
        ":=",
        "@",
        "...",
        "\\N{",
        "\\x",
        "b'\u{e9}'",
    ];
    with_stack(16, move || {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for iter in 0..3000 {
            let base = SAMPLES[iter % SAMPLES.len()];
            let mut chars: Vec<char> = base.chars().collect();
            for _ in 0..1 + rng.below(4) {
                let pos = rng.below(chars.len() + 1);
                match rng.below(4) {
                    0 if pos < chars.len() => {
                        chars.remove(pos);
                    }
                    1 => {
                        let p = pieces[rng.below(pieces.len())];
                        for (k, c) in p.chars().enumerate() {
                            chars.insert(pos + k, c);
                        }
                    }
                    2 if !chars.is_empty() => {
                        let a = rng.below(chars.len());
                        let b = (a + 1 + rng.below(8)).min(chars.len());
                        let seg: Vec<char> = chars[a..b].to_vec();
                        let at = pos.min(chars.len());
                        for (k, c) in seg.into_iter().enumerate() {
                            chars.insert(at + k, c);
                        }
                    }
                    _ => {
                        if let Some(c) = chars.get_mut(pos) {
                            *c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('x');
                        }
                    }
                }
            }
            let src: String = chars.into_iter().collect();
            for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
                let r = std::panic::catch_unwind(|| parse(&src, "<fuzz>", mode));
                assert!(r.is_ok(), "parser panicked on {:?} ({:?})", src, mode);
                if let Ok(Err(e)) = r {
                    // Reported positions stay within the source.
                    assert!(
                        e.lineno as usize <= src.split('\n').count() + 2,
                        "{:?}: {:?}",
                        src,
                        e
                    );
                }
            }
        }
    });
}
