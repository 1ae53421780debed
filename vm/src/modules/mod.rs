//! Native modules: `sys`, `math`, `time`.

pub mod math;

use std::rc::Rc;

use crate::builtins::{add_fn, check_args};
use crate::interp::file::FileKind;
use crate::interp::hashing::dict_set_str;
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, PyModule};
use crate::value::Value;

pub const VERSION: &str = "3.11.7 (weft 0.1.0)";

/// Create `sys` eagerly (it is needed by print and import).
pub fn init(vm: &mut Vm) {
    let sys = make_sys(vm);
    vm.sys_module = Some(sys.clone());
    let modules = vm.modules.clone();
    let _ = vm.dict_set(&modules, Value::str("sys"), Value::Module(sys));
}

/// Build a native module by name (`None` if there is no such native module).
pub fn make_native(vm: &mut Vm, name: &str) -> Option<Rc<PyModule>> {
    match name {
        "math" => Some(math::make(vm)),
        "time" => Some(make_time(vm)),
        "__future__" => Some(make_future(vm)),
        "sys" => vm.sys_module.clone(),
        _ => None,
    }
}

fn set(vm: &mut Vm, m: &Rc<PyModule>, name: &str, v: Value) {
    let k = vm.intern(name);
    dict_set_str(&m.dict, k, v);
}

fn make_sys(vm: &mut Vm) -> Rc<PyModule> {
    let m = vm.new_module("sys");
    let argv: Vec<Value> = vm.config.argv.iter().map(|s| Value::str(s)).collect();
    set(vm, &m, "argv", Value::list(argv));
    let path: Vec<Value> = vm.config.path.iter().map(|s| Value::str(s)).collect();
    set(vm, &m, "path", Value::list(path));
    set(vm, &m, "modules", Value::Dict(vm.modules.clone()));
    let stdout = crate::builtins::file::make_std(FileKind::Stdout, "<stdout>", "w");
    let stderr = crate::builtins::file::make_std(FileKind::Stderr, "<stderr>", "w");
    let stdin = crate::builtins::file::make_std(FileKind::Stdin, "<stdin>", "r");
    set(vm, &m, "stdout", stdout.clone());
    set(vm, &m, "stderr", stderr.clone());
    set(vm, &m, "stdin", stdin.clone());
    set(vm, &m, "__stdout__", stdout);
    set(vm, &m, "__stderr__", stderr);
    set(vm, &m, "__stdin__", stdin);
    set(vm, &m, "version", Value::str(VERSION));
    let version_info = make_structseq(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
    );
    set(vm, &m, "version_info", version_info.clone());
    // `sys.implementation` (a namespace in CPython; attribute access is what code uses).
    let implementation = make_structseq(
        vm,
        "types",
        "SimpleNamespace",
        &["name", "cache_tag", "version", "hexversion"],
        vec![
            Value::str("weft"),
            Value::None,
            version_info,
            Value::Int(0x030B07F0),
        ],
    );
    set(vm, &m, "implementation", implementation);
    let float_info = make_structseq(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    set(vm, &m, "float_info", float_info);
    let int_info = make_structseq(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    );
    set(vm, &m, "int_info", int_info);
    set(vm, &m, "hexversion", Value::Int(0x030b07f0));
    set(vm, &m, "platform", Value::str(std::env::consts::OS));
    set(
        vm,
        &m,
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(vm, &m, "maxsize", Value::Int(i64::MAX));
    set(vm, &m, "maxunicode", Value::Int(0x10ffff));
    set(
        vm,
        &m,
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set(vm, &m, "implementation_name", Value::str("weft"));
    set(vm, &m, "dont_write_bytecode", Value::Bool(true));
    set(
        vm,
        &m,
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("builtins"),
            Value::str("math"),
            Value::str("sys"),
            Value::str("time"),
        ]),
    );
    let fns: &[(&str, crate::objects::NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("_weft_cpu_count", weft_cpu_count),
        ("exception", exception),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getdefaultencoding", getdefaultencoding),
    ];
    for (n, f) in fns {
        add_fn(vm, &m.dict, n, *f);
    }
    m
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    let a: Vec<Value> = args.iter().filter(|v| !v.is_none()).cloned().collect();
    let e = vm.exc_with_args("SystemExit", a);
    if let Some(d) = &e.exc.dict {
        let k = vm.intern("code");
        dict_set_str(d, k, args.first().cloned().unwrap_or(Value::None));
    }
    Err(e)
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // The Rust stack bounds how deep we can really go.
    vm.recursion_limit = (n as usize).min(crate::MAX_RECURSION_LIMIT);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(match vm.handled.clone() {
        Some(e) => {
            let t = Value::Type(vm.type_of(&e));
            let tb = vm.traceback_of(&e);
            Value::tuple(vec![t, e, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(vm.handled.clone().unwrap_or(Value::None))
}

fn intern(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(vm.intern_value(s.as_str())),
        o => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(o)
        ))),
    }
}

fn getsizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "getsizeof", args, 1, 2)?;
    let n = match &args[0] {
        Value::Str(s) => 49 + s.as_str().len(),
        Value::List(l) => 56 + 8 * l.items.borrow().len(),
        Value::Tuple(t) => 40 + 8 * t.items.len(),
        _ => 32,
    };
    Ok(Value::Int(n as i64))
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(4300))
}

fn set_int_max_str_digits(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error(
        "NotImplementedError",
        "weft has a fixed int string limit of 4300 digits",
    ))
}

fn getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

// ---------------------------------------------------------------- time

fn make_time(vm: &mut Vm) -> Rc<PyModule> {
    let m = vm.new_module("time");
    let fns: &[(&str, crate::objects::NativeFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", perf_counter),
        ("process_time_ns", perf_counter_ns),
        ("thread_time", perf_counter),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    for (n, f) in fns {
        add_fn(vm, &m.dict, n, *f);
    }
    m
}

const STRUCT_TIME_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The nine `struct_time` fields for a UTC timestamp (weft treats local time as UTC).
fn time_fields(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday = 0)
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

fn struct_time(vm: &mut Vm, f: [i64; 9]) -> Value {
    make_structseq(
        vm,
        "time",
        "struct_time",
        &STRUCT_TIME_FIELDS,
        f.iter().map(|v| Value::Int(*v)).collect(),
    )
}

fn secs_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None | Some(Value::None) => Ok(now().as_secs() as i64),
        Some(Value::Float(f)) => Ok(f.floor() as i64),
        Some(v) => vm.to_index(v),
    }
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "gmtime", args, 0, 1)?;
    let s = secs_arg(vm, args)?;
    Ok(struct_time(vm, time_fields(s)))
}

fn tuple_fields(vm: &mut Vm, v: &Value) -> PyResult<[i64; 9]> {
    let base = vm.unwrap_builtin(v);
    let items = vm.iterate(&base)?;
    if items.len() < 9 {
        return Err(vm.type_error("time tuple must have 9 elements"));
    }
    let mut out = [0i64; 9];
    for (i, it) in items.iter().take(9).enumerate() {
        out[i] = vm.to_index(it)?;
    }
    Ok(out)
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "mktime", args, 1, 1)?;
    let f = tuple_fields(vm, &args[0])?;
    let days = days_from_civil(f[0], f[1], f[2]);
    Ok(Value::Float(
        (days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]) as f64,
    ))
}

fn format_time(fmt: &str, f: &[i64; 9]) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let wday = f[6].rem_euclid(7) as usize;
        let mon = (f[1] - 1).clamp(0, 11) as usize;
        match d {
            'Y' => out.push_str(&f[0].to_string()),
            'y' => out.push_str(&format!("{:02}", f[0].rem_euclid(100))),
            'm' => out.push_str(&format!("{:02}", f[1])),
            'd' => out.push_str(&format!("{:02}", f[2])),
            'e' => out.push_str(&format!("{:2}", f[2])),
            'H' => out.push_str(&format!("{:02}", f[3])),
            'I' => out.push_str(&format!(
                "{:02}",
                if f[3] % 12 == 0 { 12 } else { f[3] % 12 }
            )),
            'M' => out.push_str(&format!("{:02}", f[4])),
            'S' => out.push_str(&format!("{:02}", f[5])),
            'p' => out.push_str(if f[3] < 12 { "AM" } else { "PM" }),
            'j' => out.push_str(&format!("{:03}", f[7])),
            'w' => out.push_str(&((wday + 1) % 7).to_string()),
            'u' => out.push_str(&(wday + 1).to_string()),
            'a' => out.push_str(&DAY_NAMES[wday][..3]),
            'A' => out.push_str(DAY_NAMES[wday]),
            'b' | 'h' => out.push_str(&MONTH_NAMES[mon][..3]),
            'B' => out.push_str(MONTH_NAMES[mon]),
            'Z' => out.push_str("UTC"),
            'z' => out.push_str("+0000"),
            'D' => out.push_str(&format_time("%m/%d/%y", f)),
            'F' => out.push_str(&format_time("%Y-%m-%d", f)),
            'T' => out.push_str(&format_time("%H:%M:%S", f)),
            'R' => out.push_str(&format_time("%H:%M", f)),
            'c' => out.push_str(&format_time("%a %b %e %H:%M:%S %Y", f)),
            'x' => out.push_str(&format_time("%m/%d/%y", f)),
            'X' => out.push_str(&format_time("%H:%M:%S", f)),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

fn strftime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "strftime", args, 1, 2)?;
    let fmt = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        o => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(o)
            )))
        }
    };
    let f = match args.get(1) {
        Some(t) => tuple_fields(vm, t)?,
        None => time_fields(now().as_secs() as i64),
    };
    if !(1..=12).contains(&f[1]) {
        return Err(vm.value_error("month out of range"));
    }
    let _ = is_leap(f[0]);
    Ok(Value::string(format_time(&fmt, &f)))
}

fn asctime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "asctime", args, 0, 1)?;
    let f = match args.first() {
        Some(t) => tuple_fields(vm, t)?,
        None => time_fields(now().as_secs() as i64),
    };
    Ok(Value::string(format_time("%a %b %e %H:%M:%S %Y", &f)))
}

fn ctime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "ctime", args, 0, 1)?;
    let s = secs_arg(vm, args)?;
    Ok(Value::string(format_time(
        "%a %b %e %H:%M:%S %Y",
        &time_fields(s),
    )))
}

fn now() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(now().as_secs_f64()))
}

fn time_time_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(now().as_nanos() as i64))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn perf_counter(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn perf_counter_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

/// `sys._weft_cpu_count()`: the CPUs this process may use (`os.cpu_count()` stand-in).
fn weft_cpu_count(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        std::thread::available_parallelism()
            .map(|n| n.get() as i64)
            .unwrap_or(1),
    ))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        o => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(o)
            )))
        }
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    let d = std::time::Duration::from_secs_f64(secs.min(1e9));
    match vm.cross.host.clone() {
        // Other interpreters may need us while we sleep.
        Some(h) => h.sleep(vm, d),
        None => std::thread::sleep(d),
    }
    Ok(Value::None)
}

/// A named-tuple-like "struct sequence" (`sys.version_info`, `sys.float_info`): a tuple
/// subclass whose fields are also attributes.
pub fn make_structseq(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> Value {
    use crate::objects::typeobj::BaseLayout;
    let tuple_t = vm.types.tuple.clone();
    let t = crate::interp::types::make_type(
        name,
        vec![tuple_t.clone()],
        BaseLayout::Builtin,
        Some(crate::interp::BuiltinKind::Tuple),
    );
    for (i, f) in fields.iter().enumerate() {
        let getter = Value::Builtin(Rc::new(crate::objects::PyBuiltin {
            name: Rc::from(*f),
            func: structseq_field,
            bound: Some(Value::Int(i as i64)),
            owner: None,
        }));
        let prop = Value::Special(Rc::new(crate::objects::Special::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: Default::default(),
        }));
        let k = vm.intern(f);
        dict_set_str(&t.dict, k, prop);
    }
    let k = vm.intern("n_fields");
    dict_set_str(&t.dict, k, Value::Int(fields.len() as i64));
    let k = vm.intern("_fields");
    dict_set_str(
        &t.dict,
        k,
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    let k = vm.intern("__module__");
    dict_set_str(&t.dict, k, Value::str(module));
    crate::builtins::add_method(vm, &t, "__repr__", structseq_repr);
    crate::builtins::classes::wrap_for(vm, &t, &tuple_t, Value::tuple(values))
}

fn structseq_field(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("bad struct sequence access"));
    };
    let base = vm.unwrap_builtin(obj);
    vm.getitem(&base, &Value::Int(*i))
}

fn structseq_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let t = vm.type_of(&args[0]);
    let fk = vm.intern("_fields");
    let fields = match crate::interp::hashing::dict_get_str(&t.dict, &fk) {
        Some(Value::Tuple(f)) => f.items.clone(),
        _ => vec![],
    };
    let base = vm.unwrap_builtin(&args[0]);
    let items = vm.iterate(&base)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        let fs = vm.str_string(f)?;
        let r = vm.repr_string(v)?;
        parts.push(format!("{}={}", fs, r));
    }
    let mk = vm.intern("__module__");
    let module = match crate::interp::hashing::dict_get_str(&t.dict, &mk) {
        Some(Value::Str(m)) => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    Ok(Value::string(format!(
        "{}{}({})",
        module,
        t.name_str(),
        parts.join(", ")
    )))
}

/// `__future__`: the feature names (their effect is implemented by the compiler).
fn make_future(vm: &mut Vm) -> Rc<PyModule> {
    let m = vm.new_module("__future__");
    let features: [(&str, [i64; 3], [i64; 3], i64); 10] = [
        ("nested_scopes", [2, 1, 0], [2, 2, 0], 0x0010),
        ("generators", [2, 2, 0], [2, 3, 0], 0),
        ("division", [2, 2, 0], [3, 0, 0], 0x20000),
        ("absolute_import", [2, 5, 0], [3, 0, 0], 0x40000),
        ("with_statement", [2, 5, 0], [2, 6, 0], 0x80000),
        ("print_function", [2, 6, 0], [3, 0, 0], 0x100000),
        ("unicode_literals", [2, 6, 0], [3, 0, 0], 0x200000),
        ("barry_as_FLUFL", [3, 1, 0], [4, 0, 0], 0x400000),
        ("generator_stop", [3, 5, 0], [3, 7, 0], 0x800000),
        ("annotations", [3, 7, 0], [4, 0, 0], 0x1000000),
    ];
    let mut names = Vec::new();
    for (name, optional, mandatory, flag) in features {
        let rel = |v: [i64; 3], level: &str| {
            Value::tuple(vec![
                Value::Int(v[0]),
                Value::Int(v[1]),
                Value::Int(v[2]),
                Value::str(level),
                Value::Int(0),
            ])
        };
        let feature = make_structseq(
            vm,
            "__future__",
            "_Feature",
            &["optional", "mandatory", "compiler_flag"],
            vec![
                rel(optional, "beta"),
                rel(mandatory, "alpha"),
                Value::Int(flag),
            ],
        );
        set(vm, &m, name, feature);
        names.push(Value::str(name));
    }
    set(vm, &m, "all_feature_names", Value::list(names));
    m
}
