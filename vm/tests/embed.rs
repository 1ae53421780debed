//! The embedding API: conversions, errors, native functions, output capture, limits.

use std::collections::{BTreeMap, HashMap};

use weft_vm::embed::alloc::CountingAllocator;
use weft_vm::embed::{
    with_interpreter_stack, Capability, Data, Error, ErrorKind, LimitKind, Limits, NativeModule,
    Raw,
};
use weft_vm::{Interpreter, Value};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator::new();

fn interp() -> Interpreter {
    Interpreter::new(Default::default())
}

#[test]
fn conversions_into_python_and_back() {
    with_interpreter_stack(|| {
        let mut i = interp();
        i.exec("def echo(x):\n    return x\ndef kind(x):\n    return type(x).__name__")
            .unwrap();
        assert_eq!(i.call::<i64>("echo", (42i64,)).unwrap(), 42);
        assert_eq!(i.call::<i32>("echo", (-7i32,)).unwrap(), -7);
        assert_eq!(i.call::<u64>("echo", (u64::MAX,)).unwrap(), u64::MAX);
        assert_eq!(i.call::<String>("kind", (u64::MAX,)).unwrap(), "int");
        assert_eq!(i.call::<f64>("echo", (1.5f64,)).unwrap(), 1.5);
        assert!(i.call::<bool>("echo", (true,)).unwrap());
        assert_eq!(i.call::<String>("echo", ("héllo",)).unwrap(), "héllo");
        assert_eq!(i.call::<String>("echo", (String::from("s"),)).unwrap(), "s");
        assert_eq!(i.call::<String>("kind", (vec![1, 2],)).unwrap(), "list");
        assert_eq!(
            i.call::<Vec<i64>>("echo", (vec![1i64, 2, 3],)).unwrap(),
            vec![1, 2, 3]
        );
        let mut m = HashMap::new();
        m.insert("a".to_string(), vec![1.0, 2.0]);
        m.insert("b".to_string(), vec![]);
        assert_eq!(i.call::<String>("kind", (m.clone(),)).unwrap(), "dict");
        assert_eq!(
            i.call::<HashMap<String, Vec<f64>>>("echo", (m.clone(),))
                .unwrap(),
            m
        );
        assert_eq!(i.call::<Option<i64>>("echo", (None::<i64>,)).unwrap(), None);
        assert_eq!(i.call::<Option<i64>>("echo", (Some(5),)).unwrap(), Some(5));
        assert_eq!(i.call::<String>("kind", ((1, "a"),)).unwrap(), "tuple");
        let t: (i64, String, f64, bool) = i.call("echo", ((1, "a", 2.5, false),)).unwrap();
        assert_eq!(t, (1, "a".to_string(), 2.5, false));
        i.call::<()>("echo", (1,)).unwrap();
        // Python-side values into Rust.
        assert_eq!(i.eval::<f64>("3").unwrap(), 3.0);
        assert_eq!(i.eval::<i64>("True").unwrap(), 1);
        assert_eq!(i.eval::<Vec<i64>>("(1, 2)").unwrap(), vec![1, 2]);
        assert_eq!(i.eval::<Vec<i64>>("range(3)").unwrap(), vec![0, 1, 2]);
        assert_eq!(i.eval::<(i64, i64)>("[4, 5]").unwrap(), (4, 5));
        let b: BTreeMap<String, i64> = i.eval("{'x': 1, 'y': 2}").unwrap();
        assert_eq!(
            b.into_iter().collect::<Vec<_>>(),
            vec![("x".into(), 1), ("y".into(), 2)]
        );
        let big: num_bigint::BigInt = i.eval("2**100").unwrap();
        assert_eq!(big.to_string(), "1267650600228229401496703205376");
        assert_eq!(i.call::<String>("kind", (big.clone(),)).unwrap(), "int");
        assert_eq!(
            i.call::<num_bigint::BigInt>("echo", (big.clone(),))
                .unwrap(),
            big
        );
        i.exec("class MyInt(int): pass\nclass MyStr(str): pass")
            .unwrap();
        assert_eq!(i.eval::<i64>("MyInt(7)").unwrap(), 7);
        assert_eq!(i.eval::<String>("MyStr('q')").unwrap(), "q");
    });
}

#[test]
fn conversion_errors() {
    with_interpreter_stack(|| {
        let mut i = interp();
        let e = i.eval::<i64>("'x'").unwrap_err();
        assert_eq!(e.type_name, "TypeError");
        assert_eq!(e.message, "expected int, got str");
        let e = i.eval::<i32>("2**40").unwrap_err();
        assert_eq!(e.type_name, "OverflowError");
        let e = i.eval::<i64>("2**100").unwrap_err();
        assert_eq!(e.type_name, "OverflowError");
        let e = i.eval::<u8>("-1").unwrap_err();
        assert_eq!(e.type_name, "OverflowError");
        let e = i.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err();
        assert_eq!(e.message, "expected a tuple of length 2, got length 3");
        let e = i.eval::<HashMap<String, i64>>("{1: 2}").unwrap_err();
        assert_eq!(e.type_name, "TypeError");
        let e = i.eval::<bool>("1").unwrap_err();
        assert_eq!(e.type_name, "TypeError");
        // The interpreter is fine afterwards.
        assert_eq!(i.eval::<i64>("1 + 1").unwrap(), 2);
    });
}

#[test]
fn data_round_trip() {
    with_interpreter_stack(|| {
        let mut i = interp();
        let d: Data = i
            .eval("[None, True, 1, 2**70, 1.5, 'é', b'xy', (1,), {'k': [1]}, {3}]")
            .unwrap();
        let Data::List(items) = &d else {
            panic!("not a list: {:?}", d)
        };
        assert_eq!(items[0], Data::None);
        assert_eq!(items[1], Data::Bool(true));
        assert_eq!(items[2], Data::Int(1));
        assert!(matches!(items[3], Data::BigInt(_)));
        assert_eq!(items[5], Data::Str("é".into()));
        assert_eq!(items[6], Data::Bytes(b"xy".to_vec()));
        assert_eq!(
            items[8],
            Data::Dict(vec![(
                Data::Str("k".into()),
                Data::List(vec![Data::Int(1)])
            )])
        );
        i.set_global("d", d.clone()).unwrap();
        assert_eq!(i.eval::<Data>("d").unwrap(), d);
        assert!(i
            .eval::<bool>("d == [None, True, 1, 2**70, 1.5, 'é', b'xy', (1,), {'k': [1]}, {3}]")
            .unwrap());
        // A cycle is an error, not a crash.
        let e = i
            .eval::<Data>("(lambda l: (l.append(l), l)[1])([])")
            .unwrap_err();
        assert_eq!(e.type_name, "ValueError");
        // Data into Rust types.
        let v: Vec<(String, i64)> =
            Data::List(vec![Data::Tuple(vec![Data::Str("a".into()), Data::Int(1)])])
                .get()
                .unwrap();
        assert_eq!(v, vec![("a".to_string(), 1)]);
        let e = Data::Str("x".into()).get::<i64>().unwrap_err();
        assert_eq!(e.kind, ErrorKind::Conversion);
    });
}

#[test]
fn errors_carry_the_traceback() {
    with_interpreter_stack(|| {
        let mut i = interp();
        let src = "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n";
        i.exec_as(src, "scoring.py").unwrap();
        let e = i.call::<f64>("outer", ()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Exception);
        assert_eq!(e.type_name, "ZeroDivisionError");
        assert_eq!(e.message, "division by zero");
        assert!(e.is_instance("ArithmeticError"));
        assert!(e.is_instance("Exception"));
        assert!(!e.is_instance("LookupError"));
        assert!(e
            .traceback
            .starts_with("Traceback (most recent call last):\n"));
        assert!(e
            .traceback
            .contains("File \"scoring.py\", line 5, in outer"));
        assert!(e
            .traceback
            .contains("File \"scoring.py\", line 2, in inner"));
        assert!(e.traceback.contains("    return 1 / x\n"));
        assert!(e
            .traceback
            .ends_with("ZeroDivisionError: division by zero\n"));
        assert_eq!(e.to_string(), "ZeroDivisionError: division by zero");
        // Chained exceptions are in the text too.
        let e = i
            .exec(
                "try:\n    {}['k']\nexcept KeyError as k:\n    raise ValueError('wrapped') from k",
            )
            .unwrap_err();
        assert!(e.traceback.contains("KeyError: 'k'"));
        assert!(e.traceback.contains("direct cause"));
        // Syntax errors, missing functions, sys.exit.
        let e = i.exec("def (:").unwrap_err();
        assert_eq!(e.type_name, "SyntaxError");
        let e = i.call::<()>("nope", ()).unwrap_err();
        assert_eq!(e.type_name, "NameError");
        let e = i.exec("import sys\nsys.exit(3)").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Exit(3));
        // Still usable.
        assert_eq!(i.eval::<i64>("6 * 7").unwrap(), 42);
    });
}

#[test]
fn globals_and_run_file() {
    with_interpreter_stack(|| {
        let mut i = interp();
        i.set_global("rows", vec![vec![1, 2], vec![3, 4]]).unwrap();
        i.exec("total = sum(sum(r) for r in rows)").unwrap();
        assert_eq!(i.get_global::<i64>("total").unwrap(), 10);
        assert!(i.global("total").is_some());
        assert!(i.global("missing").is_none());
        assert_eq!(
            i.get_global::<i64>("missing").unwrap_err().type_name,
            "NameError"
        );
        let dir = std::env::temp_dir().join(format!("weft-embed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("script.py");
        std::fs::write(
            &path,
            "def f():\n    raise KeyError('z')\nanswer = 41 + 1\n",
        )
        .unwrap();
        i.run_file(&path).unwrap();
        assert_eq!(i.get_global::<i64>("answer").unwrap(), 42);
        let e = i.call::<()>("f", ()).unwrap_err();
        assert!(e.traceback.contains("script.py\", line 2, in f"));
        assert!(e.traceback.contains("raise KeyError('z')"));
        let e = i.run_file(dir.join("missing.py")).unwrap_err();
        assert_eq!(e.type_name, "OSError");
        std::fs::remove_dir_all(&dir).unwrap();
    });
}

#[test]
fn native_functions_and_modules() {
    with_interpreter_stack(|| {
        let mut i = interp();
        let offset = 100;
        i.add_function("add_offset", move |x: i64| x + offset);
        i.add_function("greet", |name: String, times: usize| name.repeat(times));
        i.add_function("answer", || 42i64);
        i.add_function("checked_sqrt", |x: f64| -> Result<f64, Error> {
            if x < 0.0 {
                Err(Error::exception("ValueError", "negative input"))
            } else {
                Ok(x.sqrt())
            }
        });
        let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
        let log2 = log.clone();
        i.add_function("log", move |s: String| log2.borrow_mut().push(s));
        i.add_function(
            "apply",
            Raw(
                |vm: &mut weft_vm::Vm, args: &[Value], _kw: &weft_vm::objects::KwArgs| {
                    vm.call(&args[0], &args[1..], &[])
                },
            ),
        );
        i.add_module(
            NativeModule::new("mathx")
                .function("hypot", |a: f64, b: f64| (a * a + b * b).sqrt())
                .function("stats", |xs: Vec<f64>| {
                    let n = xs.len() as f64;
                    (
                        xs.iter().cloned().fold(f64::MIN, f64::max),
                        xs.iter().sum::<f64>() / n,
                    )
                })
                .value("TAU", std::f64::consts::TAU)
                .value("NAMES", vec!["a", "b"])
                .python("def twice_hypot(a, b):\n    return 2 * hypot(a, b)\n"),
        );
        i.exec(
            "import mathx\n\
             r1 = add_offset(1)\n\
             r2 = greet('ab', 3)\n\
             r3 = answer()\n\
             r4 = mathx.twice_hypot(3, 4)\n\
             r5 = mathx.stats([1, 2, 6])\n\
             r6 = apply(lambda a, b: a * b, 6, 7)\n\
             log('hello'); log('world')\n\
             r7 = mathx.NAMES\n",
        )
        .unwrap();
        assert_eq!(i.get_global::<i64>("r1").unwrap(), 101);
        assert_eq!(i.get_global::<String>("r2").unwrap(), "ababab");
        assert_eq!(i.get_global::<i64>("r3").unwrap(), 42);
        assert_eq!(i.get_global::<f64>("r4").unwrap(), 10.0);
        assert_eq!(i.get_global::<(f64, f64)>("r5").unwrap(), (6.0, 3.0));
        assert_eq!(i.get_global::<i64>("r6").unwrap(), 42);
        assert_eq!(i.get_global::<Vec<String>>("r7").unwrap(), vec!["a", "b"]);
        assert_eq!(*log.borrow(), vec!["hello", "world"]);
        let e = i.exec("checked_sqrt(-1)").unwrap_err();
        assert_eq!(
            (e.type_name.as_str(), e.message.as_str()),
            ("ValueError", "negative input")
        );
        assert_eq!(i.eval::<f64>("checked_sqrt(16)").unwrap(), 4.0);
        let e = i.exec("greet('a')").unwrap_err();
        assert_eq!(
            e.message,
            "greet() takes 2 positional arguments but 1 was given"
        );
        let e = i.exec("greet('a', 'b')").unwrap_err();
        assert_eq!(e.message, "greet() argument 2: expected int, got str");
        let e = i.exec("add_offset(x=1)").unwrap_err();
        assert_eq!(e.message, "add_offset() takes no keyword arguments");
        // A native exception can be caught in Python.
        i.exec("try:\n    checked_sqrt(-4)\n    ok = False\nexcept ValueError:\n    ok = True")
            .unwrap();
        assert!(i.get_global::<bool>("ok").unwrap());
    });
}

#[test]
fn output_capture() {
    with_interpreter_stack(|| {
        let mut i = interp();
        i.capture_output(true);
        i.exec("import sys\nprint('hello', 42)\nsys.stdout.write('raw\\n')\nprint('oops', file=sys.stderr)")
            .unwrap();
        assert_eq!(i.take_output(), "hello 42\nraw\n");
        assert_eq!(i.take_stderr(), "oops\n");
        assert_eq!(i.take_output(), "");
        i.exec("print(*range(3), sep=',')").unwrap();
        assert_eq!(i.take_output(), "0,1,2\n");
        i.capture_output(false);
        assert_eq!(i.take_output(), "");
    });
}

#[test]
fn instruction_budget() {
    with_interpreter_stack(|| {
        let mut i = Interpreter::with_limits(
            Default::default(),
            &Limits::unlimited().instructions(10_000),
        );
        // A loop of 100 iterations costs about 100 ticks.
        i.exec("for _ in range(100): pass").unwrap();
        let used = i.vm.limits.instructions_used().unwrap();
        assert!((100..=110).contains(&used), "used {}", used);
        let e = i.exec("while True: pass").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Limit(LimitKind::Instructions));
        assert_eq!(e.type_name, "LimitExceeded");
        assert!(e.is_instance("RuntimeError"));
        assert!(e.message.contains("instruction budget exhausted"));
        // Still exhausted: code that runs any loop or call fails at once...
        let e = i.exec("def f(): pass\nf()").unwrap_err();
        assert_eq!(e.limit(), Some(LimitKind::Instructions));
        // ... and catching the error does not let a script continue.
        i.rearm_limits();
        let e = i
            .exec("n = 0\nwhile True:\n    try:\n        while True: n += 1\n    except RuntimeError:\n        pass\n")
            .unwrap_err();
        assert_eq!(e.limit(), Some(LimitKind::Instructions));
        // Infinite recursion through calls is also budgeted (the recursion limit is higher).
        i.set_limits(&Limits::unlimited().instructions(500));
        let e = i
            .exec("def g(n): return g(n + 1) if n < 900 else 0\ng(0)")
            .unwrap_err();
        assert_eq!(e.limit(), Some(LimitKind::Instructions));
        // Re-armed, the interpreter is usable again.
        i.rearm_limits();
        assert_eq!(i.eval::<i64>("sum(x * x for x in range(10))").unwrap(), 285);
        // Lifting the limit makes the counter free again.
        i.set_limits(&Limits::unlimited());
        i.exec("for _ in range(100000): pass").unwrap();
        assert!(i.vm.limits.ticks > i64::MAX / 2);
    });
}

#[test]
fn memory_budget() {
    with_interpreter_stack(|| {
        assert!(weft_vm::embed::alloc::is_installed());
        let mut i = interp();
        i.exec("keep = []").unwrap();
        i.set_limits(&Limits::unlimited().memory(16 << 20));
        let e = i
            .exec("while True:\n    keep.append('x' * 100000)")
            .unwrap_err();
        assert_eq!(e.type_name, "MemoryError");
        assert_eq!(e.kind, ErrorKind::Limit(LimitKind::Memory));
        assert!(e.message.contains("memory budget exceeded"));
        // The script's data is still there; dropping it frees the budget.
        let n: i64 = i.eval("len(keep)").unwrap();
        assert!((100..400).contains(&n), "{} chunks", n);
        i.exec("keep.clear()").unwrap();
        i.exec("small = [i for i in range(1000)]").unwrap();
        // A single large allocation below weft's absolute ceiling is caught right after.
        let e = i
            .exec("big = 'y' * (64 << 20)\nfor _ in range(100): pass")
            .unwrap_err();
        assert_eq!(e.type_name, "MemoryError");
        i.exec("del big").unwrap();
        assert_eq!(i.eval::<i64>("len(small)").unwrap(), 1000);
        // Absurd sizes fail up front.
        let e = i.exec("'z' * (1 << 40)").unwrap_err();
        assert_eq!(e.type_name, "MemoryError");
    });
}

#[test]
fn recursion_limit() {
    with_interpreter_stack(|| {
        let mut i =
            Interpreter::with_limits(Default::default(), &Limits::unlimited().recursion(50));
        i.exec("def depth(n):\n    return depth(n + 1) if n < 1000 else n")
            .unwrap();
        let e = i.call::<i64>("depth", (0,)).unwrap_err();
        assert_eq!(e.type_name, "RecursionError");
        assert_eq!(e.kind, ErrorKind::Limit(LimitKind::Recursion));
        // The script cannot raise the limit above the embedder's.
        i.exec("import sys\nsys.setrecursionlimit(100000)").unwrap();
        assert_eq!(i.eval::<i64>("sys.getrecursionlimit()").unwrap(), 50);
        i.exec("sys.setrecursionlimit(30)").unwrap();
        assert_eq!(i.eval::<i64>("sys.getrecursionlimit()").unwrap(), 30);
        assert_eq!(i.call::<i64>("depth", (990,)).unwrap(), 1000);
        // Lifting the cap restores the ordinary setrecursionlimit.
        i.set_limits(&Limits::unlimited());
        i.exec("sys.setrecursionlimit(5000)").unwrap();
        assert_eq!(i.eval::<i64>("sys.getrecursionlimit()").unwrap(), 5000);
        assert_eq!(i.call::<i64>("depth", (0,)).unwrap(), 1000);
    });
}

#[test]
fn capabilities() {
    with_interpreter_stack(|| {
        let path = std::env::temp_dir().join(format!("weft-cap-{}.txt", std::process::id()));
        std::fs::write(&path, "secret").unwrap();
        let p = path.to_string_lossy().to_string();
        let mut i = interp();
        i.set_global("p", p.as_str()).unwrap();
        assert_eq!(i.eval::<String>("open(p).read()").unwrap(), "secret");
        i.set_limits(&Limits::sandbox());
        let e = i.eval::<String>("open(p).read()").unwrap_err();
        assert_eq!(e.type_name, "PermissionError");
        assert_eq!(e.denied(), Some(Capability::Files));
        assert!(e.is_instance("OSError"));
        // A script that handles OSError sees an ordinary failure.
        i.exec("try:\n    open(p, 'w')\n    wrote = True\nexcept OSError:\n    wrote = False")
            .unwrap();
        assert!(!i.get_global::<bool>("wrote").unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "secret");
        // No environment: there is no `os` module to reach it.
        let e = i.exec("import os").unwrap_err();
        assert!(e.is_instance("ImportError"));
        // Checks are also available to native code.
        assert!(i.vm.check_capability(Capability::Env).is_err());
        assert!(i.vm.check_capability(Capability::Threads).is_err());
        i.set_limits(&Limits::unlimited());
        assert!(i.vm.check_capability(Capability::Threads).is_ok());
        assert_eq!(i.eval::<String>("open(p).read()").unwrap(), "secret");
        std::fs::remove_file(&path).unwrap();
    });
}

#[test]
fn many_interpreters_on_one_thread() {
    with_interpreter_stack(|| {
        let mut a = interp();
        let mut b = interp();
        a.add_function("tag", || "a");
        b.add_function("tag", || "b");
        a.exec("x = 1").unwrap();
        b.exec("x = 2").unwrap();
        assert_eq!(a.eval::<String>("tag()").unwrap(), "a");
        assert_eq!(b.eval::<String>("tag()").unwrap(), "b");
        assert_eq!(a.get_global::<i64>("x").unwrap(), 1);
        assert_eq!(b.get_global::<i64>("x").unwrap(), 2);
    });
}

#[test]
fn error_formatting_runs_under_a_grace_budget() {
    with_interpreter_stack(|| {
        let mut i =
            Interpreter::with_limits(Default::default(), &Limits::unlimited().instructions(5_000));
        // A hostile __str__ cannot hang the host while it formats the error.
        let e = i
            .exec(
                "class E(Exception):\n    def __str__(self):\n        while True: pass\nraise E()",
            )
            .unwrap_err();
        assert_eq!(e.type_name, "E");
        // A friendly one still works after the budget ran out.
        i.rearm_limits();
        let e = i
            .exec("class F(Exception):\n    def __str__(self):\n        return 'friendly'\ntry:\n    while True: pass\nexcept RuntimeError:\n    raise F()")
            .unwrap_err();
        assert_eq!(
            (e.type_name.as_str(), e.message.as_str()),
            ("F", "friendly")
        );
        assert!(e
            .traceback
            .contains("LimitExceeded: instruction budget exhausted"));
        assert!(e.traceback.ends_with("F: friendly\n"), "{}", e.traceback);
    });
}
