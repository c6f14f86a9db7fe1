//! `product`, `permutations`, `combinations`, `combinations_with_replacement`: each
//! materializes its pools as tuples up front (as CPython does) and steps an index vector.

use krait_object::argparse::{kwonly, parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{new_native, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use crate::modules::support::{iter_slots, ssize, Cell, NativeIter, Refs};
use crate::native_type;

/// Which combinatoric iterator a [`Comb`] is.
#[derive(Default, Clone, Copy, PartialEq)]
enum Kind {
    #[default]
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// The shared state: `pools` (one per position for product; one pool otherwise),
/// `indices`, `cycles` (permutations), `r`, and whether the first result was produced.
#[derive(Default)]
pub struct Comb {
    kind: Kind,
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    stopped: bool,
}
impl Refs for Comb {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        for p in &self.pools {
            for v in p.iter() {
                f(v);
            }
        }
    }
}

impl Comb {
    fn result(&self) -> Value {
        let items = match self.kind {
            Kind::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&k, p)| p[k].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|&k| self.pools[0][k].clone())
                .collect(),
        };
        new_tuple(items)
    }

    /// Moves to the next index state; `false` when there is none.
    fn advance(&mut self) -> bool {
        let r = self.r;
        match self.kind {
            Kind::Product => {
                for k in (0..self.pools.len()).rev() {
                    self.indices[k] += 1;
                    if self.indices[k] < self.pools[k].len() {
                        return true;
                    }
                    self.indices[k] = 0;
                }
                false
            }
            Kind::Combinations => {
                let n = self.pools[0].len();
                let Some(k) = (0..r).rev().find(|&k| self.indices[k] != k + n - r) else {
                    return false;
                };
                self.indices[k] += 1;
                for j in k + 1..r {
                    self.indices[j] = self.indices[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let n = self.pools[0].len();
                let Some(k) = (0..r).rev().find(|&k| self.indices[k] != n - 1) else {
                    return false;
                };
                let v = self.indices[k] + 1;
                for j in k..r {
                    self.indices[j] = v;
                }
                true
            }
            Kind::Permutations => {
                let n = self.pools[0].len();
                for k in (0..r).rev() {
                    self.cycles[k] -= 1;
                    if self.cycles[k] == 0 {
                        let x = self.indices.remove(k);
                        self.indices.push(x);
                        self.cycles[k] = n - k;
                    } else {
                        let j = self.cycles[k];
                        self.indices.swap(k, n - j);
                        return true;
                    }
                }
                false
            }
        }
    }
}

impl NativeIter for Comb {
    fn next(c: &Cell<Self>, _i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let mut s = c.get_mut();
        if s.stopped {
            return Ok(None);
        }
        if !s.started {
            s.started = true;
            return Ok(Some(s.result()));
        }
        if s.advance() {
            Ok(Some(s.result()))
        } else {
            s.stopped = true;
            s.pools.clear();
            Ok(None)
        }
    }
}

fn make(cls: &ObjRef, kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> Value {
    let n = pools.first().map_or(0, |p| p.len());
    let (indices, cycles, empty) = match kind {
        Kind::Product => (
            vec![0; pools.len()],
            Vec::new(),
            pools.iter().any(|p| p.is_empty()),
        ),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|k| n - k).collect(), r > n),
        Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        Kind::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    new_native(
        cls.clone(),
        Cell::new(Comb {
            kind,
            pools: if empty { Vec::new() } else { pools },
            indices,
            cycles,
            r,
            started: false,
            stopped: empty,
        }),
    )
}

fn product_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let kw = kwonly(&args, "product", &["repeat"])?;
    let repeat = match &kw[0] {
        Some(v) => ssize(i, v)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for a in args.pos() {
        base.push(protocol::collect(i, a)?);
    }
    let total = base.len().checked_mul(repeat as usize);
    let Some(total) = total.filter(|&t| t < isize::MAX as usize / 16) else {
        return Err(krait_object::error::overflow_error(
            "repeat argument too large",
        ));
    };
    let mut pools = Vec::with_capacity(total);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(make(cls, Kind::Product, pools, 0))
}

fn permutations_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "permutations",
            names: &["iterable", "r"],
            posonly: 0,
            required: 1,
        },
    )?;
    let pool = protocol::collect(i, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &a[1] {
        None | Some(Value::None) => pool.len() as i64,
        Some(v) => {
            if !protocol::isinstance(v, &krait_object::builtin_types().int) {
                return Err(type_error("Expected int as r"));
            }
            ssize(i, v)?
        }
    };
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(make(cls, Kind::Permutations, vec![pool], r as usize))
}

fn comb_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let fname = if kind == Kind::Combinations {
        "combinations"
    } else {
        "combinations_with_replacement"
    };
    let names: &'static [&'static str] = &["iterable", "r"];
    let a = parse(
        &args,
        &Sig {
            fname,
            names,
            posonly: 0,
            required: 2,
        },
    )?;
    let pool = protocol::collect(i, a[0].as_ref().unwrap_or(&Value::None))?;
    let r = ssize(i, a[1].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(make(cls, kind, vec![pool], r as usize))
}

fn setup_product(t: &TypeData) {
    iter_slots::<Comb>(t);
    t.slots.new.set(Some(product_new));
}
fn setup_permutations(t: &TypeData) {
    iter_slots::<Comb>(t);
    t.slots.new.set(Some(permutations_new));
}
fn setup_combinations(t: &TypeData) {
    iter_slots::<Comb>(t);
    t.slots.new.set(Some(|i, cls, args| {
        comb_new(i, cls, args, Kind::Combinations)
    }));
}
fn setup_cwr(t: &TypeData) {
    iter_slots::<Comb>(t);
    t.slots.new.set(Some(|i, cls, args| {
        comb_new(i, cls, args, Kind::WithReplacement)
    }));
}

const fn spec(name: &'static str, setup: fn(&TypeData)) -> TypeSpec {
    TypeSpec {
        flags: BASETYPE,
        ..TypeSpec::new(name, "itertools", setup)
    }
}
static PRODUCT: TypeSpec = spec("product", setup_product);
static PERMUTATIONS: TypeSpec = spec("permutations", setup_permutations);
static COMBINATIONS: TypeSpec = spec("combinations", setup_combinations);
static CWR: TypeSpec = spec("combinations_with_replacement", setup_cwr);
native_type!(pub product_type, PRODUCT);
native_type!(pub permutations_type, PERMUTATIONS);
native_type!(pub combinations_type, COMBINATIONS);
native_type!(pub cwr_type, CWR);
