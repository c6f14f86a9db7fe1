//! `_io`: CPython's `Modules/_io` rewritten in Rust — `open`, the raw/buffered/text
//! layers over file descriptors, the in-memory streams and the abstract bases the
//! stdlib's `io` module subclasses.
//!
//! Files: `iobase` (abstract bases), `fileio`, `buffered`, `textio`, `bytesio`,
//! `stringio`, `rwpair`, `nldecoder`, `newline` (shared newline logic), `util` (arguments, errors).

pub mod buffered;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
pub mod newline;
mod nldecoder;
mod rwpair;
pub mod stdio;
pub mod stringio;
pub mod textio;
mod textio_methods;
pub mod util;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::{new_module_with, set_attr};
use crate::vm::Vm;

pub const DEFAULT_BUFFER_SIZE: i64 = 8192;

static OPEN_SIG: Sig = Sig {
    fname: "open",
    names: &[
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ],
    posonly: 0,
    required: 1,
};

struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        binary: false,
    };
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwab+t".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => text = true,
            _ => m.binary = true,
        }
    }
    if text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|&&b| b)
        .count();
    if n > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if n == 0 {
        // Found by FileIO in CPython, with its wording.
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`; also the builtin `open`.
pub fn open(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &OPEN_SIG)?;
    let file = a[0].clone().unwrap_or(Value::None);
    let mode = match &a[1] {
        None => "r".to_owned(),
        Some(v) => match v.as_str_data() {
            Some(s) => s.lossy().into_owned(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    v.class_name()
                )))
            }
        },
    };
    let mut buffering = match &a[2] {
        None => -1,
        Some(v) => protocol::index_i64(i, v)?,
    };
    let arg_str = |k: usize, what: &str| -> PyResult<Value> {
        match &a[k] {
            None | Some(Value::None) => Ok(Value::None),
            Some(v) if v.as_str_data().is_some() => Ok(v.clone()),
            Some(v) => Err(type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                v.class_name()
            ))),
        }
    };
    let encoding = arg_str(3, "encoding")?;
    let errors = arg_str(4, "errors")?;
    let newline = arg_str(5, "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => protocol::truthy(i, v)?,
    };
    let opener = a[7].clone().unwrap_or(Value::None);
    let m = parse_mode(&mode)?;
    if m.binary {
        if !encoding.is_none() {
            return Err(value_error("binary mode doesn't take an encoding argument"));
        }
        if !errors.is_none() {
            return Err(value_error("binary mode doesn't take an errors argument"));
        }
        if !newline.is_none() {
            return Err(value_error("binary mode doesn't take a newline argument"));
        }
    } else {
        // Validate before opening (CPython's TextIOWrapper would, after).
        newline::Newline::parse(Some(&newline), false)?;
    }
    let mut rawmode = String::new();
    rawmode.push(if m.creating {
        'x'
    } else if m.reading {
        'r'
    } else if m.writing {
        'w'
    } else {
        'a'
    });
    if m.updating {
        rawmode.push('+');
    }
    let raw = fileio::new_fileio(i, file, &rawmode, closefd, opener)?;
    let result = (|| -> PyResult<Value> {
        let mut line_buffering = false;
        let tty = match krait_object::native::native_ref::<fileio::FileIO>(&raw) {
            Some(f) if buffering == 1 || buffering < 0 => {
                let fd = f.fd.get();
                // SAFETY: plain syscall.
                unsafe { libc::isatty(fd) == 1 }
            }
            _ => false,
        };
        if buffering == 1 || (buffering < 0 && tty) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = krait_object::native::native_ref::<fileio::FileIO>(&raw)
                .map_or(DEFAULT_BUFFER_SIZE, |f| f.blksize.get());
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(value_error("can't have unbuffered text I/O"));
        }
        let kind = if m.updating {
            buffered::Kind::Random
        } else if m.creating || m.writing || m.appending {
            buffered::Kind::Writer
        } else {
            buffered::Kind::Reader
        };
        let buffer = buffered::new_buffered(i, kind, raw.clone(), buffering)?;
        if m.binary {
            return Ok(buffer);
        }
        let text = textio::new_textio(
            i,
            buffer,
            [
                encoding,
                errors,
                newline,
                Value::Bool(line_buffering),
                Value::Bool(false),
            ],
        )?;
        textio::set_mode(&text, &mode);
        Ok(text)
    })();
    if result.is_err() {
        if let Some(f) = krait_object::native::native_ref::<fileio::FileIO>(&raw) {
            let _ = f.close_fd(i);
        }
    }
    result
}

fn open_code(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sig = Sig {
        fname: "open_code",
        names: &["path"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &sig)?;
    let path = a[0].clone().unwrap_or(Value::None);
    if path.as_str_data().is_none() {
        return Err(type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.class_name()
        )));
    }
    open(i, Args::positional(&[path, new_str("rb")]))
}

fn text_encoding(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "text_encoding expected at least 1 argument, got {}",
            pos.len()
        )));
    }
    if !pos[0].is_none() {
        return Ok(pos[0].clone());
    }
    Ok(new_str(if textio::locale_encoding() == "utf-8" {
        "utf-8"
    } else {
        "locale"
    }))
}

/// `class UnsupportedOperation(OSError, ValueError)` of module `io`.
fn make_unsupported(i: &mut dyn Interp) -> PyResult<Value> {
    let t = builtin_types();
    let ns = new_dict(DictData::new());
    set_by_name(&ns, "__module__", new_str("io"));
    let bases = new_tuple(vec![
        Value::Obj(t.exc.os_error.clone()),
        Value::Obj(t.exc.value_error.clone()),
    ]);
    protocol::call0(
        i,
        &Value::Obj(t.type_.clone()),
        &[new_str("UnsupportedOperation"), bases, ns],
    )
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_io",
        &[
            ("open", open),
            ("open_code", open_code),
            ("text_encoding", text_encoding),
        ],
    );
    set_attr(&m, "DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE));
    let unsupported = make_unsupported(vm)?;
    if let Value::Obj(o) = &unsupported {
        util::set_unsupported_class(o.clone());
    }
    set_attr(&m, "UnsupportedOperation", unsupported);
    set_attr(
        &m,
        "BlockingIOError",
        Value::Obj(builtin_types().exc.blocking_io_error.clone()),
    );
    let types = [
        ("_IOBase", iobase::iobase_type()),
        ("_RawIOBase", iobase::raw_iobase_type()),
        ("_BufferedIOBase", iobase::buffered_iobase_type()),
        ("_TextIOBase", iobase::text_iobase_type()),
        ("FileIO", fileio::fileio_type()),
        ("BytesIO", bytesio::bytesio_type()),
        ("StringIO", stringio::stringio_type()),
        ("BufferedReader", buffered::type_of(buffered::Kind::Reader)),
        ("BufferedWriter", buffered::type_of(buffered::Kind::Writer)),
        ("BufferedRandom", buffered::type_of(buffered::Kind::Random)),
        ("BufferedRWPair", rwpair::rwpair_type()),
        ("TextIOWrapper", textio::textio_type()),
        ("IncrementalNewlineDecoder", nldecoder::nldecoder_type()),
    ];
    for (name, t) in types {
        set_attr(&m, name, Value::Obj(t));
    }
    Ok(m)
}
