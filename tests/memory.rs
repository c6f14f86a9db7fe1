//! Memory harness (docs/gc.md): programs run in-process on a fresh `Vm`, and the live
//! heap objects (counted per payload kind in debug builds, `krait_object::gc`) must
//! return to their baseline:
//!
//! - acyclic programs: loop temporaries (lists, dicts, frames' locals, caught exceptions
//!   and their tracebacks, closures, bound methods, iterators) are freed when their last
//!   reference goes, so the live count after the run does not depend on the iteration
//!   count;
//! - cyclic programs: the automatic cycle collector keeps the live count bounded while
//!   the program runs, and `gc::collect()` after dropping the VM returns to the baseline.
//!
//! Needs python3.11 to compile the sources; skipped, saying why, without it.

#![cfg(debug_assertions)]

use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;

use krait::loader::{pyc, CodeObject};
use krait::object::gc;
use krait::vm::Vm;

fn python() -> Option<PathBuf> {
    match krait::python_finder::find(None, krait::conform::DEFAULT_PYTHON) {
        Ok(p) => Some(p.path),
        Err(e) => {
            eprintln!("skipped: {e}");
            None
        }
    }
}

fn compile(py: &PathBuf, name: &str, src: &str) -> Rc<CodeObject> {
    let dir = std::env::temp_dir().join(format!("krait-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let source = dir.join(format!("{name}.py"));
    let out = dir.join(format!("{name}.pyc"));
    std::fs::write(&source, src).expect("write source");
    let status = Command::new(py)
        .args(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)"])
        .arg(&source)
        .arg(&out)
        .status()
        .expect("run python");
    assert!(status.success(), "compile {name}");
    let bytes = std::fs::read(&out).expect("read pyc");
    pyc::load(&bytes).expect("load pyc").1
}

/// Runs `src` with `N` bound to `n`; returns (live objects, tracked objects) measured
/// after the run with the VM still alive, and the live count after dropping the VM and
/// collecting.
fn run(py: &PathBuf, name: &str, src: &str, n: usize) -> (isize, usize, isize) {
    let code = compile(py, name, &format!("N = {n}\n{src}"));
    let mut vm = Vm::new(krait::loader::PyVersion::V3_11, vec![name.into()]);
    let r = vm.run_main(&code);
    assert!(r.is_ok(), "{name} raised");
    let during = (gc::live_total(), gc::tracked_count());
    drop(vm);
    drop(code);
    gc::collect();
    (during.0, during.1, gc::live_total())
}

/// The baseline: the live count once a VM has run and gone (lazily built caches such as
/// the builtin types stay).
fn baseline(py: &PathBuf, src: &str) -> isize {
    let (_, _, after) = run(py, "warmup", src, 3);
    after
}

fn report(name: &str) {
    let kinds: Vec<String> = gc::live_by_kind()
        .iter()
        .map(|(k, n)| format!("{k}={n}"))
        .collect();
    eprintln!("{name}: live by kind: {}", kinds.join(" "));
}

const ACYCLIC: &str = r#"
def f(a, b=2, *args, **kw):
    x = [a, b, args, kw]
    d = {'k': x, 'n': (a, [b])}
    return len(d) + len(x)

def make_adder(k):
    def add(v):
        return v + k
    return add

def fail(i):
    raise ValueError("bad %d" % i)

def catcher(i):
    try:
        fail(i)
    except ValueError as e:
        return str(e)

def gen(n):
    for k in range(n):
        yield [k]

class Point:
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
    @property
    def double(self):
        return self.x * 2

total = 0
for i in range(N):
    total += sum(len(x) for x in gen(3))
    half = gen(5)
    next(half)
    half = None
    p = Point(i)
    total += p.norm() + p.double
    total += f(i, 3, 4, 5, z=6)
    total += make_adder(i)(1)
    s = catcher(i)
    m = [1, 2, 3].append
    m(4)
    it = iter({i: [i]})
    next(it)
    sl = [1, 2, 3, 4][1:3]
    st = {i, (i, 'x'), frozenset([i])}
    try:
        {}[i]
    except KeyError:
        pass
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e2:
        cause = e2.__cause__
    cause = None
    z = list(zip([1, 2], [3, 4]))
    en = dict(enumerate(['a', 'b']))
    mp = list(map(str, [1, 2]))
assert total > 0
"#;

const CYCLIC: &str = r#"
def closure_cycle():
    def inner():
        return inner
    return inner

def selfish():
    me = yield
    yield me

class Node:
    pass

for i in range(N):
    n = Node()
    n.me = n
    class Local:
        attr = [1]
    Local.self_ref = Local
    gs = selfish()
    next(gs)
    gs.send(gs)
    a = []
    a.append(a)
    d1 = {}
    d2 = {'other': d1}
    d1['other'] = d2
    g = closure_cycle()
    e = ValueError()
    e.args = (e, [e])
    it = iter([a])
    a.append(it)
    s = slice([a])
    a.append(s)
a = d1 = d2 = g = e = it = s = n = gs = Local = None
"#;

#[test]
fn acyclic_programs_free_everything_promptly() {
    let Some(py) = python() else { return };
    let base = baseline(&py, ACYCLIC);
    let (small, small_tracked, after_small) = run(&py, "acyclic_small", ACYCLIC, 10);
    let (big, big_tracked, after_big) = run(&py, "acyclic_big", ACYCLIC, 2000);
    report("acyclic");
    eprintln!(
        "acyclic: live after 10 iterations {small} ({small_tracked} tracked), after 2000 {big} ({big_tracked} tracked)"
    );
    // Only `total` (an int) and the loop variables' last values differ.
    assert_eq!(small, big, "loop temporaries must be freed as they go");
    assert_eq!(
        after_small, base,
        "dropping the VM and collecting frees everything"
    );
    assert_eq!(after_big, base);
}

#[test]
fn cycles_are_collected() {
    let Some(py) = python() else { return };
    let base = baseline(&py, CYCLIC);
    let (c0, _) = gc::stats();
    let (_, tracked, after) = run(&py, "cyclic", CYCLIC, 20_000);
    let (c1, collected) = gc::stats();
    report("cyclic");
    eprintln!(
        "cyclic: 20000 iterations, {} automatic collections, {collected} objects collected, {tracked} tracked at the end",
        c1 - c0 - 1
    );
    assert!(c1 - c0 > 10, "automatic collections ran");
    assert!(
        tracked < 20 * gc::THRESHOLD,
        "live cycles stay bounded ({tracked} tracked)"
    );
    assert_eq!(
        after, base,
        "collect() frees every cycle once the VM is gone"
    );
}
