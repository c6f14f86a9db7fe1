//! `tee()`, `_tee` and `_tee_dataobject`: the values read from the source are kept in a
//! chain of data objects of [`LINKCELLS`] values each, shared by the tees; a link is freed
//! when every tee has moved past it (CPython's design, so memory follows the slowest tee).

use krait_object::args::Args;
use krait_object::error::{runtime_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, TypeSpec};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::Value;

use crate::modules::support::{check_pos, iter_slots, opt, ssize, Cell, NativeIter, Refs};
use crate::native_type;

const LINKCELLS: usize = 57;

#[derive(Default)]
pub struct TeeData {
    it: Value,
    values: Vec<Value>,
    next: Option<Value>,
    running: bool,
}
impl Refs for TeeData {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        for v in self.values.iter() {
            f(v);
        }
        opt(&self.next, f);
    }
}
static TEEDATA: TypeSpec = TypeSpec::new(
    "_tee_dataobject",
    "itertools",
    krait_object::native::no_slots,
);
native_type!(pub teedata_type, TEEDATA);

fn new_data(it: Value) -> Value {
    new_native(
        teedata_type(),
        Cell::new(TeeData {
            it,
            ..TeeData::default()
        }),
    )
}

/// The value at `index` of a data object, reading it from the source when it is next.
fn data_get(data: &Cell<TeeData>, i: &mut dyn Interp, index: usize) -> PyResult<Option<Value>> {
    let it = {
        let mut s = data.get_mut();
        if let Some(v) = s.values.get(index) {
            return Ok(Some(v.clone()));
        }
        if s.running {
            return Err(runtime_error("cannot re-enter the tee iterator"));
        }
        if s.it.is_null() {
            return Ok(None);
        }
        s.running = true;
        s.it.clone()
    };
    let r = protocol::next(i, &it);
    let mut s = data.get_mut();
    s.running = false;
    let v = r?;
    if let Some(v) = &v {
        s.values.push(v.clone());
    }
    Ok(v)
}

#[derive(Default)]
pub struct Tee {
    data: Value,
    index: usize,
}
impl Refs for Tee {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.data);
    }
}
impl NativeIter for Tee {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (mut data, index) = {
            let s = c.get();
            (s.data.clone(), s.index)
        };
        let Some(mut d) = native_ref::<Cell<TeeData>>(&data) else {
            return Ok(None);
        };
        if index >= LINKCELLS {
            let next = {
                let mut s = d.get_mut();
                let it = s.it.clone();
                s.next.get_or_insert_with(|| new_data(it)).clone()
            };
            {
                let mut s = c.get_mut();
                s.data = next.clone();
                s.index = 0;
            }
            data = next;
            d = match native_ref::<Cell<TeeData>>(&data) {
                Some(d) => d,
                None => return Ok(None),
            };
        }
        let index = c.get().index;
        let v = data_get(d, i, index)?;
        if v.is_some() {
            c.get_mut().index = index + 1;
        }
        Ok(v)
    }
}

fn tee_from(data: Value, index: usize) -> Value {
    new_native(tee_type(), Cell::new(Tee { data, index }))
}

fn tee_copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = crate::modules::support::this::<Tee>(&args.pos()[0], "__copy__", "itertools._tee")?;
    let s = c.get();
    Ok(tee_from(s.data.clone(), s.index))
}

fn setup_tee(t: &TypeData) {
    iter_slots::<Tee>(t);
    t.slots.new.set(Some(|i, _cls, args| {
        let a = check_pos(&args, "_tee", 1, 1)?;
        args.no_kwargs("_tee")?;
        tee_of(i, &a[0])
    }));
}
static TEE_METHODS: &[MethodDef] = &[krait_object::method!("__copy__", tee_copy)];
static TEE: TypeSpec = TypeSpec {
    methods: TEE_METHODS,
    ..TypeSpec::new("_tee", "itertools", setup_tee)
};
native_type!(pub tee_type, TEE);

/// `_tee(iterable)`: a tee over `iterable` (a copy when it is already a tee).
fn tee_of(i: &mut dyn Interp, iterable: &Value) -> PyResult<Value> {
    let it = protocol::iter(i, iterable)?;
    if let Some(c) = native_ref::<Cell<Tee>>(&it) {
        let s = c.get();
        return Ok(tee_from(s.data.clone(), s.index));
    }
    Ok(tee_from(new_data(it), 0))
}

/// `itertools.tee(iterable, n=2, /)`.
pub fn tee(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("itertools.tee")?;
    let a = check_pos(&args, "tee", 1, 2)?;
    let n = match a.get(1) {
        Some(v) => ssize(i, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    let it = protocol::iter(i, &a[0])?;
    let first = if native_ref::<Cell<Tee>>(&it).is_some() {
        it
    } else {
        match protocol::getattr_str(i, &it, "__copy__") {
            Ok(_) => it,
            Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => {
                tee_from(new_data(it), 0)
            }
            Err(e) => return Err(e),
        }
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        let copy = match native_ref::<Cell<Tee>>(&first) {
            Some(c) => {
                let s = c.get();
                tee_from(s.data.clone(), s.index)
            }
            None => {
                let f = protocol::getattr_str(i, &first, "__copy__")?;
                protocol::call0(i, &f, &[])?
            }
        };
        out.push(copy);
    }
    Ok(new_tuple(out))
}
