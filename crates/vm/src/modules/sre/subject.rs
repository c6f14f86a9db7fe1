//! The subject string of a match: `str` as code points, `bytes`-likes as bytes (CPython's
//! `getstring`/`state_init`), and the engine runs over it that every Pattern method shares.

use krait_object::error::{runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::types::bytes::new_bytes;
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::Value;

use super::state::{SreError, State, Text};

/// The characters of a subject, copied out of the object (no borrow is held while Python
/// code runs: a `sub` callback may mutate a bytearray).
pub enum Chars {
    /// Bytes, or an all-ASCII str (code points = bytes).
    U8(Vec<u8>),
    U32(Vec<u32>),
}

pub struct Subject {
    pub chars: Chars,
    pub is_bytes: bool,
}

impl Subject {
    pub fn len(&self) -> usize {
        match &self.chars {
            Chars::U8(b) => b.len(),
            Chars::U32(w) => w.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `text[a..b]` as a new str or bytes.
    pub fn slice(&self, a: usize, b: usize) -> Value {
        let b = b.min(self.len());
        let a = a.min(b);
        match (&self.chars, self.is_bytes) {
            (Chars::U8(v), true) => new_bytes(v[a..b].to_vec()),
            (Chars::U8(v), false) => new_str(std::str::from_utf8(&v[a..b]).unwrap_or_default()),
            (Chars::U32(w), _) => new_str_data(StrData::from_code_points(w[a..b].iter().copied())),
        }
    }

    pub fn empty(&self) -> Value {
        self.slice(0, 0)
    }
}

/// The characters of `v`, or `None` when it is neither str nor bytes-like.
pub fn chars_of(v: &Value) -> Option<Subject> {
    match v.payload()? {
        Payload::Str(s) => Some(str_subject(s)),
        Payload::Bytes(b) => Some(Subject {
            chars: Chars::U8(b.to_vec()),
            is_bytes: true,
        }),
        Payload::ByteArray(b) => Some(Subject {
            chars: Chars::U8(b.borrow().clone()),
            is_bytes: true,
        }),
        _ => None,
    }
}

pub fn str_subject(s: &StrData) -> Subject {
    let chars = if s.is_ascii() {
        Chars::U8(s.as_bytes().to_vec())
    } else {
        Chars::U32(s.code_points().collect())
    };
    Subject {
        chars,
        is_bytes: false,
    }
}

/// `getstring`: the characters of `v` or CPython's TypeError.
pub fn get_subject(v: &Value) -> PyResult<Subject> {
    chars_of(v).ok_or_else(|| {
        type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.class_name()
        ))
    })
}

/// How to run the engine.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: the span of every group (`(-1, -1)` when it did not take part;
/// index 0 is the whole match) and `lastindex` (-1 for none).
pub struct Found {
    pub regs: Vec<(isize, isize)>,
    pub lastindex: isize,
}

impl Found {
    pub fn end(&self) -> usize {
        self.regs[0].1 as usize
    }
    pub fn start(&self) -> usize {
        self.regs[0].0 as usize
    }
}

/// One engine run over `subj[..endpos]` from `pos`.
pub struct Run<'a> {
    pub code: &'a [u32],
    pub groups: usize,
    pub pos: usize,
    pub endpos: usize,
    pub mode: Mode,
    pub must_advance: bool,
}

fn interrupted() -> bool {
    crate::signals::PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

fn exec_on<T: Text + ?Sized>(text: &T, r: &Run<'_>) -> Result<Option<Found>, SreError> {
    let mut st = State::new(r.code, text, r.pos, r.endpos, r.groups);
    st.interrupt = Some(&interrupted);
    st.must_advance = r.must_advance;
    let ok = match r.mode {
        Mode::Match => st.pattern_match()?,
        Mode::FullMatch => {
            st.match_all = true;
            st.pattern_match()?
        }
        Mode::Search => st.search()?,
    };
    if !ok {
        return Ok(None);
    }
    let mut regs = Vec::with_capacity(r.groups + 1);
    regs.push((st.start as isize, st.ptr as isize));
    for g in 1..=r.groups {
        regs.push(match st.group_span(g) {
            Some((a, b)) => (a as isize, b as isize),
            None => (-1, -1),
        });
    }
    Ok(Some(Found {
        regs,
        lastindex: st.lastindex,
    }))
}

/// Runs the engine; an error becomes the Python exception CPython raises. A pending
/// signal stops the match: its Python handler runs, and the match either raises what
/// the handler raised or starts over.
pub fn exec(i: &mut dyn Interp, subj: &Subject, r: &Run<'_>) -> PyResult<Option<Found>> {
    loop {
        let res = match &subj.chars {
            Chars::U8(b) => exec_on(&b[..], r),
            Chars::U32(w) => exec_on(&w[..], r),
        };
        return match res {
            Ok(f) => Ok(f),
            Err(SreError::Interrupted) => {
                let err = crate::builtins::vm_of(i).and_then(crate::signals::check);
                match err {
                    Some(e) => Err(e),
                    None => continue,
                }
            }
            Err(SreError::Illegal) => Err(runtime_error("invalid SRE code")),
            Err(SreError::State) => {
                Err(runtime_error("internal error in regular expression engine"))
            }
        };
    }
}

/// `string[a:b]` of a str or bytes-like subject as an exact str or bytes (CPython's
/// `getslice`).
pub fn slice_value(string: &Value, a: usize, b: usize) -> Value {
    match string.payload() {
        Some(Payload::Str(s)) => {
            if s.is_ascii() {
                let bytes = s.as_bytes();
                let b = b.min(bytes.len());
                let a = a.min(b);
                return new_str(std::str::from_utf8(&bytes[a..b]).unwrap_or_default());
            }
            let n = b.saturating_sub(a);
            new_str_data(StrData::from_code_points(s.code_points().skip(a).take(n)))
        }
        Some(Payload::Bytes(v)) => {
            let b = b.min(v.len());
            new_bytes(v[a.min(b)..b].to_vec())
        }
        Some(Payload::ByteArray(v)) => {
            let v = v.borrow();
            let b = b.min(v.len());
            new_bytes(v[a.min(b)..b].to_vec())
        }
        _ => Value::None,
    }
}
