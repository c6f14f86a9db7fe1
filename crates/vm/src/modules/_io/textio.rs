//! `_io.TextIOWrapper`: text over a buffered binary stream (CPython's `textio.c`).
//!
//! Reading keeps the decoded characters *untranslated* (`decoded`, consumed up to
//! `dpos`) and translates newlines while consuming them; `chunk_start` is the byte
//! position of `decoded[0]`, so `tell()` is `chunk_start` plus the encoded length of the
//! consumed characters — CPython's cookie for the stateless codecs krait has (UTF-8,
//! ASCII, Latin-1). Writing encodes into `pending`, handed to `buffer.write` past the
//! chunk size, on a newline when line-buffered, or always with `write_through`.

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{self, Codec};
use krait_object::types::str::{new_str, new_string};
use krait_object::Value;

use super::buffered::Buffered;
use super::newline::{replace_lf, str_of, Newline, CR, LF, SEEN_CR, SEEN_CRLF, SEEN_LF};
use super::textio_methods::*;
use super::util::{call_bool, call_method, closed_error, unsupported};

pub(super) const TY: &str = "_io.TextIOWrapper";

pub struct TextIO {
    pub(super) buffer: RefCell<Value>,
    pub(super) ready: Cell<bool>,
    pub(super) detached: Cell<bool>,
    pub(super) encoding: RefCell<String>,
    pub(super) codec: Cell<Codec>,
    /// `utf-8-sig`: a BOM is skipped at the start of the stream.
    pub(super) sig: Cell<bool>,
    /// `utf-8-sig`: the next write starts with a BOM (the encoder's fresh state: set when
    /// the stream starts at position 0 and after a seek to 0, as CPython's
    /// encoder reset/`setstate(0)`).
    pub(super) bom_due: Cell<bool>,
    pub(super) errors: RefCell<String>,
    pub(super) newline: Cell<Newline>,
    pub(super) line_buffering: Cell<bool>,
    pub(super) write_through: Cell<bool>,
    pub(super) readable: Cell<bool>,
    pub(super) writable: Cell<bool>,
    pub(super) seekable: Cell<bool>,
    pub(super) telling: Cell<bool>,
    pub(super) chunk_size: Cell<usize>,
    pub(super) pending: RefCell<Vec<u8>>,
    pub(super) decoded: RefCell<Vec<u32>>,
    pub(super) dpos: Cell<usize>,
    pub(super) raw_pending: RefCell<Vec<u8>>,
    pub(super) chunk_start: Cell<i64>,
    /// Whether `chunk_start` is known (reading has begun since the last reset).
    pub(super) snapshot: Cell<bool>,
    pub(super) eof: Cell<bool>,
    pub(super) seen: Cell<u8>,
    /// `mode`, set by `open()` (absent: `None`).
    pub(super) mode: RefCell<Option<Value>>,
    /// 1 or 2 for `sys.stdout`/`sys.stderr`: text goes straight to the VM's stream
    /// buffers (the fast path of `print`); -1 otherwise.
    pub(super) std_fd: Cell<i8>,
}

impl NativeData for TextIO {
    fn traverse(
        &self,
        visit: krait_object::gc::traverse::Visit,
    ) -> Result<(), krait_object::gc::traverse::Busy> {
        let b = self
            .buffer
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        visit_value(&b, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), krait_object::gc::traverse::Busy> {
        let mut b = self
            .buffer
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        trash.push(std::mem::replace(&mut *b, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

/// The encoding `open()`/`TextIOWrapper` use when none is given: the locale's, which is
/// UTF-8 (spelled `utf-8` in UTF-8 mode, i.e. under the C/POSIX locale or PYTHONUTF8=1).
pub fn locale_encoding() -> &'static str {
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return "utf-8";
    }
    let loc = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if loc.is_empty() || loc == "C" || loc == "POSIX" {
        "utf-8"
    } else {
        "UTF-8"
    }
}

impl TextIO {
    fn blank() -> TextIO {
        TextIO {
            buffer: RefCell::new(Value::None),
            ready: Cell::new(false),
            detached: Cell::new(false),
            encoding: RefCell::new(String::new()),
            codec: Cell::new(Codec::Utf8),
            sig: Cell::new(false),
            bom_due: Cell::new(false),
            errors: RefCell::new("strict".into()),
            newline: Cell::new(Newline::Universal),
            line_buffering: Cell::new(false),
            write_through: Cell::new(false),
            readable: Cell::new(false),
            writable: Cell::new(false),
            seekable: Cell::new(false),
            telling: Cell::new(false),
            chunk_size: Cell::new(8192),
            pending: RefCell::new(Vec::new()),
            decoded: RefCell::new(Vec::new()),
            dpos: Cell::new(0),
            raw_pending: RefCell::new(Vec::new()),
            chunk_start: Cell::new(0),
            snapshot: Cell::new(false),
            eof: Cell::new(false),
            seen: Cell::new(0),
            mode: RefCell::new(None),
            std_fd: Cell::new(-1),
        }
    }

    /// A standard stream's text layer over `buffer`.
    pub fn for_std(buffer: Value, fd: u8, errors: &str, line_buffering: bool) -> TextIO {
        let t = TextIO::blank();
        *t.buffer.borrow_mut() = buffer;
        t.ready.set(true);
        *t.encoding.borrow_mut() = "utf-8".into();
        *t.errors.borrow_mut() = errors.into();
        t.line_buffering.set(line_buffering);
        t.readable.set(fd == 0);
        t.writable.set(fd != 0);
        *t.mode.borrow_mut() = Some(new_str(if fd == 0 { "r" } else { "w" }));
        if fd != 0 {
            t.std_fd.set(fd as i8);
        }
        t
    }

    pub fn buffer(&self) -> PyResult<Value> {
        if self.detached.get() {
            return Err(value_error("underlying buffer has been detached"));
        }
        if !self.ready.get() {
            return Err(value_error("I/O operation on uninitialized object"));
        }
        Ok(self.buffer.borrow().clone())
    }

    pub(super) fn check_closed(&self, i: &mut dyn Interp) -> PyResult<()> {
        let b = self.buffer()?;
        if super::util::is_closed(i, &b)? {
            return Err(closed_error());
        }
        Ok(())
    }

    pub(super) fn reset_read(&self) {
        self.decoded.borrow_mut().clear();
        self.dpos.set(0);
        self.raw_pending.borrow_mut().clear();
        self.snapshot.set(false);
        self.eof.set(false);
    }

    /// Hands the pending encoded text to `buffer.write`.
    pub fn flush_pending(&self, i: &mut dyn Interp) -> PyResult<()> {
        let data = std::mem::take(&mut *self.pending.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        let b = self.buffer()?;
        if let Some(buf) = native_ref::<Buffered>(&b) {
            buf.write(i, &data)?;
            return Ok(());
        }
        call_method(i, &b, "write", &[new_bytes(data)])?;
        Ok(())
    }

    pub(super) fn encoded_len(&self, cps: &[u32]) -> i64 {
        match self.codec.get() {
            Codec::Utf8 => cps
                .iter()
                .map(|&c| match c {
                    0..=0x7f => 1,
                    0x80..=0x7ff => 2,
                    0xdc80..=0xdcff if *self.errors.borrow() == "surrogateescape" => 1,
                    0x800..=0xffff => 3,
                    _ => 4,
                })
                .sum(),
            _ => cps.len() as i64,
        }
    }

    /// Reads and decodes one more chunk; sets `eof` when the buffer has no more.
    /// `whole` (a `read()` to the end) keeps the raw bytes pending until the end, so that
    /// they are decoded in one final call as CPython's `decoder.decode(buffer.read(),
    /// final=True)` does (a decode error then reports CPython's positions).
    pub(super) fn refill(&self, i: &mut dyn Interp, whole: bool) -> PyResult<()> {
        let b = self.buffer()?;
        {
            let k = self.dpos.get();
            if k > 0 {
                let mut d = self.decoded.borrow_mut();
                let n = self.encoded_len(&d[..k]);
                self.chunk_start.set(self.chunk_start.get() + n);
                d.drain(..k);
                self.dpos.set(0);
            }
        }
        if !self.snapshot.get() {
            let start = if self.seekable.get() {
                let t = call_method(i, &b, "tell", &[])?;
                protocol::index_i64(i, &t)?
            } else {
                0
            };
            self.chunk_start.set(start);
            self.snapshot.set(true);
        }
        let size = self.chunk_size.get();
        let chunk = match native_ref::<Buffered>(&b) {
            Some(buf) => buf.read1(i, size)?,
            None => {
                let r = match call_method(i, &b, "read1", &[Value::Int(size as i64)]) {
                    Err(e)
                        if e.matches(&krait_object::types::builtin_types().exc.attribute_error) =>
                    {
                        call_method(i, &b, "read", &[Value::Int(size as i64)])?
                    }
                    r => r?,
                };
                match bytes_of(&r) {
                    Some(x) => x,
                    None if r.is_none() => Vec::new(),
                    None => {
                        return Err(type_error(format!(
                            "underlying read1() should have returned a bytes-like object, not '{}'",
                            r.class_name()
                        )))
                    }
                }
            }
        };
        let final_ = chunk.is_empty();
        let mut data = std::mem::take(&mut *self.raw_pending.borrow_mut());
        data.extend_from_slice(&chunk);
        if self.sig.get() && self.chunk_start.get() == 0 && self.decoded.borrow().is_empty() {
            if data.starts_with(&[0xef, 0xbb, 0xbf]) {
                data.drain(..3);
                self.chunk_start.set(3);
            } else if !final_ && data.len() < 3 && [0xef, 0xbb, 0xbf].starts_with(&data) {
                *self.raw_pending.borrow_mut() = data;
                return Ok(());
            }
        }
        let cut = if whole && !final_ {
            0
        } else if final_ || self.codec.get() != Codec::Utf8 {
            data.len()
        } else {
            complete_utf8_prefix(&data)
        };
        let cps = codecs::decode(&data[..cut], self.codec.get(), &self.errors.borrow())?;
        *self.raw_pending.borrow_mut() = data[cut..].to_vec();
        self.decoded.borrow_mut().extend_from_slice(&cps);
        if final_ {
            self.eof.set(true);
        }
        Ok(())
    }

    /// Consumes decoded characters into `out` (translating newlines) up to `limit`
    /// characters, stopping after a line end when `line`. True when done (limit or line
    /// end reached); false when more input is needed.
    pub(super) fn consume(&self, out: &mut Vec<u32>, limit: usize, line: bool) -> bool {
        let d = self.decoded.borrow();
        let mut k = self.dpos.get();
        let eof = self.eof.get();
        let nl = self.newline.get();
        let mut seen = 0u8;
        let mut done = false;
        while k < d.len() {
            if out.len() >= limit {
                done = true;
                break;
            }
            let c = d[k];
            match nl {
                Newline::Universal | Newline::Untranslated if c == CR => {
                    let crlf = match d.get(k + 1) {
                        Some(&n) => n == LF,
                        None if eof || (!line && nl == Newline::Untranslated) => false,
                        None => break,
                    };
                    if crlf {
                        seen |= SEEN_CRLF;
                        k += 2;
                    } else {
                        seen |= SEEN_CR;
                        k += 1;
                    }
                    if nl == Newline::Universal {
                        out.push(LF);
                    } else {
                        out.push(CR);
                        if crlf {
                            out.push(LF);
                        }
                    }
                    if line {
                        done = true;
                        break;
                    }
                }
                Newline::Universal | Newline::Untranslated => {
                    out.push(c);
                    k += 1;
                    if c == LF {
                        seen |= SEEN_LF;
                        if line {
                            done = true;
                            break;
                        }
                    }
                }
                _ => {
                    out.push(c);
                    k += 1;
                    if line && out.ends_with(nl.read_nl()) {
                        done = true;
                        break;
                    }
                }
            }
        }
        self.dpos.set(k);
        self.seen.set(self.seen.get() | seen);
        done
    }

    pub(super) fn read_chars(
        &self,
        i: &mut dyn Interp,
        limit: usize,
        line: bool,
    ) -> PyResult<Vec<u32>> {
        let mut out = Vec::new();
        loop {
            if self.consume(&mut out, limit, line) {
                break;
            }
            if self.eof.get() {
                break;
            }
            self.refill(i, limit == usize::MAX && !line)?;
        }
        Ok(out)
    }

    pub(super) fn prepare_read(&self, i: &mut dyn Interp) -> PyResult<()> {
        self.check_closed(i)?;
        if !self.readable.get() {
            return Err(unsupported("not readable"));
        }
        self.flush_pending(i)?;
        Ok(())
    }

    pub(super) fn tell(&self, i: &mut dyn Interp) -> PyResult<i64> {
        self.check_closed(i)?;
        if !self.seekable.get() {
            return Err(unsupported("underlying stream is not seekable"));
        }
        if !self.telling.get() {
            return Err(krait_object::error::new_error(
                &krait_object::types::builtin_types().exc.os_error,
                "telling position disabled by next() call",
            ));
        }
        let b = self.buffer()?;
        self.flush_pending(i)?;
        call_method(i, &b, "flush", &[])?;
        if !self.snapshot.get() {
            let t = call_method(i, &b, "tell", &[])?;
            return protocol::index_i64(i, &t);
        }
        let d = self.decoded.borrow();
        Ok(self.chunk_start.get() + self.encoded_len(&d[..self.dpos.get()]))
    }
}

/// The length of the longest prefix of `b` that ends on a complete UTF-8 sequence (an
/// incomplete sequence at the end is kept for the next chunk).
fn complete_utf8_prefix(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let need = match c {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return if need > back { n - back } else { n };
    }
    n
}

fn new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), TextIO::blank()))
}

static INIT_SIG: Sig = Sig {
    fname: "TextIOWrapper",
    names: &[
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    posonly: 0,
    required: 1,
};

pub(super) fn opt_string(v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str_data() {
            Some(s) => Ok(Some(s.lossy().into_owned())),
            None => Err(type_error(format!(
                "TextIOWrapper() argument '{what}' must be str or None, not {}",
                v.class_name()
            ))),
        },
    }
}

pub(super) fn set_encoding(t: &TextIO, enc: Option<String>) -> PyResult<()> {
    let enc = match enc.as_deref() {
        None | Some("locale") => locale_encoding().to_owned(),
        Some(e) => e.to_owned(),
    };
    let codec = codecs::lookup(&enc)?;
    let norm = enc.to_ascii_lowercase().replace('_', "-");
    t.sig.set(norm == "utf-8-sig");
    t.codec.set(codec);
    *t.encoding.borrow_mut() = enc;
    Ok(())
}

fn init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(&args, &INIT_SIG)?;
    let Some(t) = native_ref::<TextIO>(this) else {
        return Err(type_error("TextIOWrapper.__init__ needs a TextIOWrapper"));
    };
    let buffer = a[0].clone().unwrap_or(Value::None);
    let enc = opt_string(a[1].as_ref(), "encoding")?;
    let errors = opt_string(a[2].as_ref(), "errors")?;
    let newline = Newline::parse(a[3].as_ref(), false)?;
    let lb = match &a[4] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    let wt = match &a[5] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    set_encoding(t, enc)?;
    *t.errors.borrow_mut() = errors.unwrap_or_else(|| "strict".into());
    t.newline.set(newline);
    t.line_buffering.set(lb);
    t.write_through.set(wt);
    t.readable.set(call_bool(i, &buffer, "readable")?);
    t.writable.set(call_bool(i, &buffer, "writable")?);
    let seekable = call_bool(i, &buffer, "seekable")?;
    t.seekable.set(seekable);
    t.telling.set(seekable);
    let mut due = t.sig.get();
    if due && seekable && t.writable.get() {
        let pos = call_method(i, &buffer, "tell", &[])?;
        due = protocol::index_i64(i, &pos)? == 0;
    }
    t.bom_due.set(due);
    *t.buffer.borrow_mut() = buffer;
    t.ready.set(true);
    t.detached.set(false);
    t.reset_read();
    t.pending.borrow_mut().clear();
    Ok(())
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    let cname = if v.as_obj().is_some_and(|o| o.class_is(&textio_type())) {
        "_io.TextIOWrapper".to_owned()
    } else {
        protocol::td(&cls).name()
    };
    let mut out = format!("<{cname}");
    match protocol::getattr_str(i, v, "name") {
        Ok(n) => out.push_str(&format!(" name={}", protocol::repr_string(i, &n)?)),
        Err(e) if e.matches(&krait_object::types::builtin_types().exc.exception) => {}
        Err(e) => return Err(e),
    }
    if let Some(t) = native_ref::<TextIO>(v) {
        if let Some(m) = t.mode.borrow().clone() {
            out.push_str(&format!(" mode={}", protocol::repr_string(i, &m)?));
        }
        out.push_str(&format!(" encoding='{}'>", t.encoding.borrow()));
    } else {
        out.push('>');
    }
    Ok(new_string(out))
}

fn next_slot(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let exact = v.as_obj().is_some_and(|o| o.class_is(&textio_type()));
    let t = native_ref::<TextIO>(v);
    let line = match t {
        Some(t) if exact => {
            t.telling.set(false);
            t.prepare_read(i)?;
            str_of(&t.read_chars(i, usize::MAX, true)?)
        }
        _ => call_method(i, v, "readline", &[])?,
    };
    let empty = protocol::len(i, &line)? == 0;
    if empty {
        if let Some(t) = t {
            t.telling.set(t.seekable.get());
        }
        return Ok(None);
    }
    Ok(Some(line))
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(new));
    t.slots.init.set(Some(init));
    t.slots.repr.set(Some(repr));
    t.slots.iter.set(Some(|i, v| {
        if let Some(t) = native_ref::<TextIO>(v) {
            t.check_closed(i)?;
        }
        Ok(v.clone())
    }));
    t.slots.next.set(Some(next_slot));
}

/// Whether `v` is a standard stream's own TextIOWrapper (exact type).
pub fn is_std_stream(v: &Value) -> bool {
    native_ref::<TextIO>(v).is_some_and(|t| t.std_fd.get() >= 0)
        && v.as_obj().is_some_and(|o| o.class_is(&textio_type()))
}

/// `print`'s fast path: writes `text` to `v` when it is a standard stream's own
/// TextIOWrapper (`None`: not one; use `v.write`).
pub fn std_write(i: &mut dyn Interp, v: &Value, text: &str, flush: bool) -> Option<PyResult<()>> {
    let t = native_ref::<TextIO>(v)?;
    let fd = t.std_fd.get();
    if fd < 0 || !v.as_obj().is_some_and(|o| o.class_is(&textio_type())) {
        return None;
    }
    let r = (|| {
        if t.std_closed(i)? {
            return Err(closed_error());
        }
        i.write_stream(fd as u8, text)?;
        let nl = t.line_buffering.get() && (text.contains('\n') || text.contains('\r'));
        if flush || nl || t.write_through.get() {
            i.flush_stream(fd as u8)?;
        }
        Ok(())
    })();
    Some(r)
}

impl TextIO {
    /// Whether a standard stream was closed (checked natively: buffer, then raw).
    pub(super) fn std_closed(&self, i: &mut dyn Interp) -> PyResult<bool> {
        let b = self.buffer()?;
        match native_ref::<Buffered>(&b) {
            Some(buf) => buf.is_closed(i),
            None => super::util::is_closed(i, &b),
        }
    }
}

/// Encodes and queues `text`, flushing as the buffering mode asks.
pub fn write_cps(i: &mut dyn Interp, t: &TextIO, text: &[u32]) -> PyResult<()> {
    let haslf = text.contains(&LF);
    let needflush = t.line_buffering.get() && (haslf || text.contains(&CR));
    let owned;
    let data = match t.newline.get().write_nl() {
        Some(nl) if haslf => {
            owned = replace_lf(text, nl);
            &owned[..]
        }
        _ => text,
    };
    let bytes =
        if t.codec.get() == Codec::Utf8 && data.iter().all(|&c| !(0xd800..0xe000).contains(&c)) {
            let mut v = Vec::with_capacity(data.len());
            for &c in data {
                krait_loader::pystr::push_code_point(&mut v, c);
            }
            v
        } else {
            codecs::encode(data, t.codec.get(), &t.errors.borrow())?
        };
    let bytes = if t.bom_due.replace(false) {
        let mut v = vec![0xef, 0xbb, 0xbf];
        v.extend_from_slice(&bytes);
        v
    } else {
        bytes
    };
    if t.std_fd.get() >= 0 {
        let fd = t.std_fd.get() as u8;
        i.write_stream_bytes(fd, &bytes)?;
        if needflush || t.write_through.get() {
            i.flush_stream(fd)?;
        }
        return Ok(());
    }
    t.pending.borrow_mut().extend_from_slice(&bytes);
    if t.pending.borrow().len() > t.chunk_size.get() || needflush || t.write_through.get() {
        t.flush_pending(i)?;
    }
    if needflush {
        let b = t.buffer()?;
        call_method(i, &b, "flush", &[])?;
    }
    if !t.decoded.borrow().is_empty() || t.snapshot.get() {
        t.reset_read();
    }
    Ok(())
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::text_iobase_type),
    methods: &[
        method!("read", m_read),
        method!("readline", m_readline),
        method!("write", m_write),
        method!("flush", m_flush),
        method!("close", m_close),
        method!("tell", m_tell),
        method!("seek", m_seek),
        method!("truncate", m_truncate),
        method!("detach", m_detach),
        method!("fileno", m_fileno),
        method!("isatty", m_isatty),
        method!("readable", m_readable),
        method!("writable", m_writable),
        method!("seekable", m_seekable),
        method!("reconfigure", m_reconfigure),
    ],
    getsets: &[
        GetSetDef {
            name: "encoding",
            get: g_encoding,
            set: None,
        },
        GetSetDef {
            name: "errors",
            get: g_errors,
            set: None,
        },
        GetSetDef {
            name: "line_buffering",
            get: g_line_buffering,
            set: None,
        },
        GetSetDef {
            name: "write_through",
            get: g_write_through,
            set: None,
        },
        GetSetDef {
            name: "buffer",
            get: g_buffer,
            set: None,
        },
        GetSetDef {
            name: "newlines",
            get: g_newlines,
            set: None,
        },
        GetSetDef {
            name: "closed",
            get: g_closed,
            set: None,
        },
        GetSetDef {
            name: "name",
            get: g_name,
            set: None,
        },
        GetSetDef {
            name: "mode",
            get: g_mode,
            set: Some(s_mode),
        },
        GetSetDef {
            name: "_CHUNK_SIZE",
            get: g_chunk,
            set: Some(s_chunk),
        },
    ],
    ..TypeSpec::new("TextIOWrapper", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn textio_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}

/// A new TextIOWrapper (for `open`).
pub fn new_textio(i: &mut dyn Interp, buffer: Value, kw: [Value; 5]) -> PyResult<Value> {
    let v = new_native(textio_type(), TextIO::blank());
    let [a, b, c, d, e] = kw;
    init(i, &v, Args::positional(&[buffer, a, b, c, d, e]))?;
    Ok(v)
}

/// Sets the `mode` attribute `open()` records.
pub fn set_mode(v: &Value, mode: &str) {
    if let Some(t) = native_ref::<TextIO>(v) {
        *t.mode.borrow_mut() = Some(new_str(mode));
    }
}
