//! `open()` and file objects (text and binary), plus `sys.stdout`/`stderr`/`stdin`.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::Rc;

use crate::interp::file::{FileKind, FileObj};
use crate::interp::{PyResult, Vm};
use crate::objects::{KwArgs, PyBytes, Special};
use crate::value::Value;

use super::{add_method, check_args};

pub fn init(vm: &mut Vm) {
    let t = vm.types.text_io.clone();
    let methods: &[(&str, crate::objects::NativeFn)] = &[
        ("read", read),
        ("readline", readline_m),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter_self),
        ("__next__", next_line),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
    ];
    for (n, f) in methods {
        add_method(vm, &t, n, *f);
    }
}

pub fn make_std(kind: FileKind, name: &str, mode: &str) -> Value {
    Value::Special(Rc::new(Special::File(RefCell::new(FileObj {
        name: name.to_string(),
        mode: mode.to_string(),
        binary: false,
        kind,
        closed: false,
    }))))
}

fn file_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<FileObj>> {
    if let Value::Special(s) = v {
        if let Special::File(f) = &**s {
            return Ok(f);
        }
    }
    Err(vm.type_error("descriptor requires a file object"))
}

pub fn open(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    vm.check_capability(crate::embed::Capability::Files)?;
    super::only_kwargs(
        vm,
        "open",
        kw,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
        ],
    )?;
    let file = super::arg_or_kw(args, kw, 0, "file")
        .ok_or_else(|| vm.type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = match super::arg_or_kw(args, kw, 1, "mode") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => "r".to_string(),
        Some(o) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&o)
            )))
        }
    };
    let path = match &file {
        Value::Str(s) => s.as_str().to_string(),
        o => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(o)
            )))
        }
    };
    let binary = mode.contains('b');
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
    }
    let io_err = |vm: &Vm, e: std::io::Error| {
        let (code, name) = match e.kind() {
            std::io::ErrorKind::NotFound => (2, "FileNotFoundError"),
            std::io::ErrorKind::PermissionDenied => (13, "PermissionError"),
            std::io::ErrorKind::AlreadyExists => (17, "FileExistsError"),
            _ => (e.raw_os_error().unwrap_or(0), "OSError"),
        };
        let (code, name) = if std::path::Path::new(&path).is_dir() {
            (21, "IsADirectoryError")
        } else {
            (code, name)
        };
        let msg = match code {
            2 => "No such file or directory".to_string(),
            13 => "Permission denied".to_string(),
            17 => "File exists".to_string(),
            21 => "Is a directory".to_string(),
            _ => e.to_string(),
        };
        vm.exc_with_args(
            name,
            vec![
                Value::Int(code as i64),
                Value::string(msg),
                Value::str(&path),
            ],
        )
    };
    let kind = if mode.contains('r') && !mode.contains('+') {
        let mut data = Vec::new();
        std::fs::File::open(&path)
            .and_then(|mut f| f.read_to_end(&mut data))
            .map_err(|e| io_err(vm, e))?;
        if !binary && std::str::from_utf8(&data).is_err() {
            let s = super::functions::decode_utf8(vm, &data, "strict")?;
            data = s.into_bytes();
        }
        FileKind::Read { data, pos: 0 }
    } else {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('w') {
            o.write(true).create(true).truncate(true);
        } else if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.read(true).write(true);
        }
        let f = o.open(&path).map_err(|e| io_err(vm, e))?;
        FileKind::Write(std::io::BufWriter::new(f))
    };
    Ok(Value::Special(Rc::new(Special::File(RefCell::new(
        FileObj {
            name: path,
            mode,
            binary,
            kind,
            closed: false,
        },
    )))))
}

fn closed_err(vm: &Vm) -> crate::interp::PyErr {
    vm.value_error("I/O operation on closed file.")
}

pub fn write_str(vm: &mut Vm, file: &Value, s: &str) -> PyResult<usize> {
    let f = file_of(vm, file)?;
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err(vm));
    }
    match &mut fo.kind {
        FileKind::Stdout => {
            drop(fo);
            vm.write_stdout(s);
        }
        FileKind::Stderr => {
            drop(fo);
            if let Some(buf) = &mut vm.embed.stderr {
                buf.push_str(s);
                return Ok(s.chars().count());
            }
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        FileKind::Write(w) => {
            w.write_all(s.as_bytes())
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
        }
        _ => return Err(vm.new_error("UnsupportedOperation", "not writable")),
    }
    Ok(s.chars().count())
}

fn write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let binary = file_of(vm, &args[0])?.borrow().binary;
    if binary {
        let data = vm.bytes_like(&args[1])?;
        let f = file_of(vm, &args[0])?;
        let mut fo = f.borrow_mut();
        if fo.closed {
            return Err(closed_err(vm));
        }
        if let FileKind::Write(w) = &mut fo.kind {
            w.write_all(&data)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
            return Ok(Value::Int(data.len() as i64));
        }
        return Err(vm.new_error("UnsupportedOperation", "not writable"));
    }
    match &args[1] {
        Value::Str(s) => {
            let n = write_str(vm, &args[0], s.as_str())?;
            Ok(Value::Int(n as i64))
        }
        o => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(o)
        ))),
    }
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "writelines", args, 2, 2)?;
    for line in vm.iterate(&args[1])? {
        write(vm, &[args[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn take_data(vm: &mut Vm, file: &Value, n: i64, line: bool) -> PyResult<Value> {
    let f = file_of(vm, file)?;
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err(vm));
    }
    let binary = fo.binary;
    if let FileKind::Stdin = fo.kind {
        drop(fo);
        vm.flush_stdout();
        let mut s = String::new();
        if line {
            let _ = std::io::stdin().read_line(&mut s);
        } else {
            let _ = std::io::stdin().read_to_string(&mut s);
        }
        return Ok(Value::string(s));
    }
    let FileKind::Read { data, pos } = &mut fo.kind else {
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    };
    let rest = &data[*pos..];
    let mut end = rest.len();
    if line {
        if let Some(i) = rest.iter().position(|&b| b == b'\n') {
            end = i + 1;
        }
    }
    if n >= 0 {
        if binary {
            end = end.min(n as usize);
        } else {
            // n counts characters.
            let s = std::str::from_utf8(&rest[..end]).unwrap_or("");
            end = s
                .char_indices()
                .nth(n as usize)
                .map(|(b, _)| b)
                .unwrap_or(end);
        }
    }
    let chunk = rest[..end].to_vec();
    *pos += end;
    Ok(if binary {
        Value::Bytes(Rc::new(PyBytes { data: chunk }))
    } else {
        Value::string(String::from_utf8_lossy(&chunk).replace("\r\n", "\n"))
    })
}

fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.get(1) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => vm.to_index(v),
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args)?;
    take_data(vm, &args[0], n, false)
}

pub fn readline(vm: &mut Vm, file: &Value, n: i64) -> PyResult<Value> {
    take_data(vm, file, n, true)
}

fn readline_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 2)?;
    let n = size_arg(vm, args)?;
    readline(vm, &args[0], n)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 2)?;
    let mut out = Vec::new();
    loop {
        let l = readline(vm, &args[0], -1)?;
        let empty = match &l {
            Value::Str(s) => s.as_str().is_empty(),
            Value::Bytes(b) => b.data.is_empty(),
            _ => true,
        };
        if empty {
            break;
        }
        out.push(l);
    }
    Ok(Value::list(out))
}

fn close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    let f = file_of(vm, &args[0])?;
    let mut fo = f.borrow_mut();
    if !fo.closed {
        let _ = fo.flush();
        if matches!(fo.kind, FileKind::Read { .. } | FileKind::Write(_)) {
            fo.closed = true;
            fo.kind = FileKind::Read {
                data: vec![],
                pos: 0,
            };
        }
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "flush", args, 1, 1)?;
    let is_stdout = matches!(file_of(vm, &args[0])?.borrow().kind, FileKind::Stdout);
    if is_stdout {
        vm.flush_stdout();
        return Ok(Value::None);
    }
    let f = file_of(vm, &args[0])?;
    let _ = f.borrow_mut().flush();
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    close(vm, &args[..1], &[])?;
    Ok(Value::Bool(false))
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn next_line(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = file_of(vm, &args[0])?;
    Ok(Value::Int(match f.borrow().kind {
        FileKind::Stdin => 0,
        FileKind::Stdout => 1,
        FileKind::Stderr => 2,
        _ => 3,
    }))
}

fn isatty(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = file_of(vm, &args[0])?;
    Ok(Value::Bool(matches!(
        f.borrow().kind,
        FileKind::Read { .. } | FileKind::Stdin
    )))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = file_of(vm, &args[0])?;
    Ok(Value::Bool(matches!(
        f.borrow().kind,
        FileKind::Write(_) | FileKind::Stdout | FileKind::Stderr
    )))
}
