//! `.pyc` headers, resolution compared with the live CPython, and robustness on damaged
//! real files.

mod support;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::Command;
use std::rc::Rc;

use krait_loader::code::kind;
use krait_loader::pyc::{load, Pyc, PycHeader, Validation};
use krait_loader::{CodeObject, Const, LoadError, PyVersion};

fn header_bytes(magic: u16, flags: u32, rest: [u8; 8]) -> Vec<u8> {
    let mut b = magic.to_le_bytes().to_vec();
    b.extend_from_slice(b"\r\n");
    b.extend_from_slice(&flags.to_le_bytes());
    b.extend_from_slice(&rest);
    b
}

/// A small real module compiled by the live CPython (a timestamp pyc), if installed.
fn compiled(v: PyVersion, src: &str, extra: &str) -> Option<Vec<u8>> {
    compiled_at(v, src, extra).map(|(_, b)| b)
}

/// Like [`compiled`], also giving the .pyc's path.
fn compiled_at(v: PyVersion, src: &str, extra: &str) -> Option<(std::path::PathBuf, Vec<u8>)> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let py = support::python(v)?;
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "krait-marshal-{}-{}-{n}",
        std::process::id(),
        v.minor()
    ));
    std::fs::create_dir_all(&dir).ok()?;
    let src_path = dir.join("m.py");
    let pyc_path = dir.join("m.pyc");
    std::fs::write(&src_path, src).ok()?;
    let script = format!(
        "import py_compile, sys\npy_compile.compile(sys.argv[1], sys.argv[2], doraise=True{extra})"
    );
    let out = Command::new(py)
        .args(["-c", &script])
        .arg(&src_path)
        .arg(&pyc_path)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pyc_path).ok()?;
    Some((pyc_path, bytes))
}

const SRC: &str = "import os\nX = (1, 2.5, 'a', b'b', None, ...)\n\ndef f(a, /, b, *args, c=1, **kw):\n    y = a\n    def g():\n        nonlocal y\n        return y, b\n    return g\n\nclass C:\n    def m(self):\n        return __class__\n\nasync def h():\n    try:\n        await h()\n    except Exception as e:\n        return e\n";

#[test]
fn headers_of_each_version() {
    for v in PyVersion::ALL {
        let Some(bytes) = compiled(v, SRC, "") else {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        };
        let pyc = Pyc::parse(&bytes).unwrap_or_else(|e| panic!("{v}: {e}"));
        assert_eq!(pyc.header.version, v);
        assert_eq!(pyc.header.magic, v.release_magic());
        assert_eq!(pyc.header.flags, 0);
        assert!(
            matches!(pyc.header.validation, Validation::Timestamp { size, .. } if size as usize == SRC.len())
        );
        assert_eq!(pyc.to_bytes(), bytes);
        let (h, code) = load(&bytes).unwrap();
        assert_eq!(h, pyc.header);
        assert_eq!(code.name.as_str(), Some("<module>"));
        assert_eq!(code.version, v);

        // Hash-based, checked.
        let extra = ", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH";
        let bytes = compiled(v, SRC, extra).unwrap();
        let pyc = Pyc::parse(&bytes).unwrap();
        assert_eq!(pyc.header.flags, 3);
        assert!(
            matches!(pyc.header.validation, Validation::Hash { checked: true, hash } if hash[..] == bytes[8..16])
        );
        assert_eq!(pyc.to_bytes(), bytes);
    }
}

#[test]
fn header_errors() {
    // CPython 3.8.
    let b = header_bytes(3413, 0, [0; 8]);
    let e = Pyc::parse(&b).unwrap_err();
    assert_eq!(
        e,
        LoadError::ForeignMagic {
            version: "3.8",
            magic: 3413
        }
    );
    assert_eq!(
        e.to_string(),
        "compiled by CPython 3.8 (magic 3413); krait reads 3.10\u{2013}3.13"
    );
    // Python 2.7.
    let e = Pyc::parse(&header_bytes(62211, 0, [0; 8])).unwrap_err();
    assert!(matches!(e, LoadError::ForeignMagic { version: "2.7", .. }));
    // Unknown magic, and a known magic without "\r\n".
    let e = Pyc::parse(&header_bytes(1234, 0, [0; 8])).unwrap_err();
    assert!(
        matches!(e, LoadError::UnknownMagic { magic: 1234, .. }),
        "{e:?}"
    );
    let mut b = header_bytes(3495, 0, [0; 8]);
    b[2] = b'X';
    assert!(matches!(
        Pyc::parse(&b).unwrap_err(),
        LoadError::UnknownMagic { magic: 3495, .. }
    ));
    // Truncated header.
    let b = header_bytes(3495, 0, [0; 8]);
    assert_eq!(
        Pyc::parse(&b[..10]).unwrap_err(),
        LoadError::malformed(10, "truncated: a .pyc header is 16 bytes, the file has 10")
    );
    assert!(matches!(
        Pyc::parse(&b[..2]).unwrap_err(),
        LoadError::Malformed { offset: 2, .. }
    ));
    // Undefined flag bits.
    let e = Pyc::parse(&header_bytes(3495, 4, [0; 8])).unwrap_err();
    assert!(matches!(e, LoadError::Malformed { offset: 4, .. }), "{e:?}");
    // A header and no body: the offset is in the file.
    assert_eq!(
        Pyc::parse(&b).unwrap_err(),
        LoadError::malformed(16, "truncated: expected an object, found end of data")
    );
    // A body that is not a code object.
    let mut b = header_bytes(3495, 0, [0; 8]);
    b.push(b'N');
    let e = Pyc::parse(&b).unwrap().code().unwrap_err();
    assert!(
        matches!(e, LoadError::Malformed { offset: 16, .. }),
        "{e:?}"
    );
    // Release magics of each version, built by hand.
    for v in PyVersion::ALL {
        let h = PycHeader::timestamp(v, 7, 9);
        assert_eq!(PycHeader::parse(&h.to_bytes()).unwrap(), h);
        let h = PycHeader::hash(v, false, [1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(PycHeader::parse(&h.to_bytes()).unwrap(), h);
    }
}

// ---- resolution against CPython's own view of the code objects --------------------------

/// One line per code object (depth first, in co_consts order), as CPython sees it.
const DESCRIBE: &str = r#"
import marshal, sys
def h(s): return s.encode('utf-8', 'surrogatepass').hex()
def const(c):
    t = type(c).__name__
    if t in ('int', 'bool'): return t + ':' + str(c)
    if t == 'str': return 'str:' + h(c)
    if t == 'bytes': return 'bytes:' + c.hex()
    if t == 'float': return 'float:' + c.hex()
    if t in ('tuple', 'frozenset'): return t + ':' + str(len(c))
    return t
def walk(co):
    f = [co.co_name, co.co_qualname if hasattr(co, 'co_qualname') else co.co_name]
    out = [h(x) for x in f]
    out += [str(x) for x in (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
            co.co_nlocals, co.co_stacksize, co.co_flags, co.co_firstlineno)]
    for names in (co.co_names, co.co_varnames, co.co_cellvars, co.co_freevars):
        out.append(','.join(h(n) for n in names))
    out.append(h(co.co_filename))
    out.append(co.co_code.hex())
    out.append(co.co_linetable.hex())
    out.append(co.co_exceptiontable.hex() if hasattr(co, 'co_exceptiontable') else '')
    out.append(' '.join(const(c) for c in co.co_consts))
    print('|'.join(out))
    for c in co.co_consts:
        if type(c).__name__ == 'code': walk(c)
data = open(sys.argv[1], 'rb').read()
walk(marshal.loads(data[16:]))
"#;

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn describe_const(c: &Const) -> String {
    match c {
        Const::Int(i) => format!("int:{i}"),
        Const::Bool(b) => format!("bool:{}", if *b { "True" } else { "False" }),
        Const::Str(s) => format!("str:{}", hex(s.as_bytes())),
        Const::Bytes(b) => format!("bytes:{}", hex(b)),
        Const::Float(_) => "float".into(),
        Const::Tuple(t) => format!("tuple:{}", t.len()),
        Const::FrozenSet(t) => format!("frozenset:{}", t.len()),
        Const::None => "NoneType".into(),
        Const::Ellipsis => "ellipsis".into(),
        Const::Complex { .. } => "complex".into(),
        Const::Code(_) => "code".into(),
        other => format!("{other:?}"),
    }
}

fn describe(co: &Rc<CodeObject>, out: &mut Vec<String>) {
    let names = |v: &[krait_loader::PyStr]| {
        v.iter()
            .map(|n| hex(n.as_bytes()))
            .collect::<Vec<_>>()
            .join(",")
    };
    let f = [
        hex(co.name.as_bytes()),
        hex(co.qualname.as_bytes()),
        co.argcount.to_string(),
        co.posonlyargcount.to_string(),
        co.kwonlyargcount.to_string(),
        co.nlocals.to_string(),
        co.stacksize.to_string(),
        co.flags.to_string(),
        co.firstlineno.to_string(),
        names(&co.names),
        names(&co.varnames),
        names(&co.cellvars),
        names(&co.freevars),
        hex(co.filename.as_bytes()),
        hex(&co.code),
        hex(&co.linetable),
        hex(&co.exceptiontable),
        co.consts
            .iter()
            .map(describe_const)
            .collect::<Vec<_>>()
            .join(" "),
    ];
    out.push(f.join("|"));
    for c in &co.consts {
        if let Const::Code(inner) = c {
            describe(inner, out);
        }
    }
}

/// Float constants are compared by type only (hex formatting is the repr module's job).
fn normalize(line: &str) -> String {
    line.split(' ')
        .map(|w| if w.starts_with("float:") { "float" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn resolved_code_objects_match_cpython() {
    for v in PyVersion::ALL {
        let Some(py) = support::python(v) else {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        };
        let mut files = support::sample_pycs(v, 12);
        if let Some((path, _)) = compiled_at(v, SRC, "") {
            files.push(path);
        }
        for f in files {
            let out = Command::new(&py)
                .args(["-c", DESCRIBE])
                .arg(&f)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let want: Vec<String> = String::from_utf8(out.stdout)
                .unwrap()
                .lines()
                .map(normalize)
                .collect();
            let bytes = std::fs::read(&f).unwrap();
            let (_, code) = load(&bytes).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let mut got = Vec::new();
            describe(&code, &mut got);
            assert_eq!(got.len(), want.len(), "{}", f.display());
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g, w, "{v} {}", f.display());
            }
        }
    }
}

#[test]
fn localsplus_layout_is_consistent() {
    for v in PyVersion::ALL {
        let Some(bytes) = compiled(v, SRC, "") else {
            continue;
        };
        let (_, module) = load(&bytes).unwrap();
        let mut stack = vec![module];
        while let Some(co) = stack.pop() {
            assert_eq!(co.localsplusnames.len(), co.localspluskinds.len());
            let count = |bit: u8| co.localspluskinds.iter().filter(|&&k| k & bit != 0).count();
            assert_eq!(count(kind::LOCAL), co.varnames.len(), "{v} {}", co.name);
            assert_eq!(count(kind::CELL), co.cellvars.len(), "{v} {}", co.name);
            assert_eq!(count(kind::FREE), co.freevars.len(), "{v} {}", co.name);
            for c in &co.consts {
                if let Const::Code(inner) = c {
                    stack.push(inner.clone());
                }
            }
        }
    }
}

// ---- robustness: damaged real files never panic -----------------------------------------

/// Parses and resolves, turning a panic into a test failure; checks that whatever is
/// accepted writes back as a prefix of the input (lossless even on odd input).
fn survive(bytes: &[u8], what: &str) {
    let r = catch_unwind(AssertUnwindSafe(|| {
        if let Ok(pyc) = Pyc::parse(bytes) {
            let out = pyc.to_bytes();
            assert!(
                bytes.starts_with(&out),
                "{what}: written bytes are not a prefix of the input"
            );
            let _ = pyc.code();
        }
    }));
    assert!(r.is_ok(), "panic on {what}");
}

/// A deterministic xorshift generator.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn damaged_files_never_panic() {
    let mut tested = 0;
    for v in PyVersion::ALL {
        let mut files: Vec<Vec<u8>> = Vec::new();
        if let Some(b) = compiled(v, SRC, "") {
            files.push(b);
        }
        // Two small stdlib files of this version.
        let mut stdlib: Vec<Vec<u8>> = support::sample_pycs(v, 60)
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter(|b| b.len() < 6000)
            .collect();
        stdlib.truncate(2);
        files.extend(stdlib);
        for (i, bytes) in files.iter().enumerate() {
            // Every truncation.
            for n in 0..bytes.len() {
                survive(&bytes[..n], &format!("{v} file {i} truncated to {n}"));
            }
            // Deterministic byte flips: one to three random bytes replaced.
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ ((i as u64 + 1) * 7919 + v.minor() as u64));
            let mut b = bytes.clone();
            for k in 0..1500 {
                b.copy_from_slice(bytes);
                for _ in 0..=(rng.next() % 3) {
                    let at = 16 + (rng.next() as usize) % (b.len() - 16).max(1);
                    if at < b.len() {
                        b[at] = rng.next() as u8;
                    }
                }
                survive(&b, &format!("{v} file {i} flip {k}"));
            }
            tested += 1;
        }
    }
    if tested == 0 {
        eprintln!("skipping: no CPython found");
    }
}

#[test]
fn hostile_bodies_are_refused_quickly() {
    let head = header_bytes(3531, 0, [0; 8]);
    for body in [
        b"(\xff\xff\xff\x7f".to_vec(),
        b")\x01".repeat(5000),
        b"?".to_vec(),
        b"c".to_vec(),
    ] {
        let mut b = head.clone();
        b.extend_from_slice(&body);
        assert!(Pyc::parse(&b).is_err());
    }
}

/// 2000 code objects whose co_consts all reference one 100 000-item tuple: copying it
/// into each `CodeObject` would allocate gigabytes from a few hundred kilobytes; the
/// resolver's copy budget refuses it.
#[test]
fn reference_amplification_is_bounded() {
    use krait_loader::marshal::{self, CodeLayout, CodeNode, Node};
    let v = PyVersion::V3_12;
    let inner = |r: fn(u32) -> Node| CodeNode {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: 0,
        code: r(0),
        consts: r(1),
        names: r(3),
        filename: r(2),
        name: r(2),
        firstlineno: 1,
        linetable: r(0),
        layout: CodeLayout::V311 {
            localsplusnames: r(3),
            localspluskinds: r(0),
            qualname: r(2),
            exceptiontable: r(0),
        },
    };
    let mut consts = vec![
        Node::tuple(vec![Node::none(); 100_000]).with_ref(), // index 1
        Node::str("x", false).with_ref(),                    // index 2
        Node::tuple(vec![]).with_ref(),                      // index 3
    ];
    consts.extend((0..2000).map(|_| Node::code(inner(Node::reference))));
    let mut module = inner(Node::reference);
    module.code = Node::bytes(b"").with_ref(); // index 0
    module.consts = Node::tuple(consts);
    let module = Node::code(module);
    let bytes = marshal::write(&module, v);
    assert!(bytes.len() < 400_000, "{}", bytes.len());
    let read = marshal::read(&bytes, v).unwrap();
    assert_eq!(read, module);
    let start = std::time::Instant::now();
    let e = marshal::resolve(&read, v).unwrap_err().to_string();
    assert!(e.contains("copy too much"), "{e}");
    assert!(start.elapsed().as_secs() < 20);
}
