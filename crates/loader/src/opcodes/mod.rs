//! The opcode table: one row per opcode name, with its number, argument kind, inline cache
//! entries and stack effect in each of CPython 3.10–3.13.
//!
//! `generated.rs` holds the table as a single `for_each_op!` macro; it is produced by
//! `scripts/gen_opcodes.py` from the installed CPythons' own `opcode` and `dis` modules and
//! must not be edited (see `docs/opcodes.md`). Everything here is derived from it: the
//! [`Op`] enum (variants named exactly like CPython's opcodes, the union over versions), the
//! per-version decode tables and every query on [`Op`].
//!
//! Code that must handle every opcode can be generated from the same table, so that a
//! missing opcode is a compile error rather than a `_ =>` arm:
//!
//! ```
//! use krait_loader::opcodes::Op;
//!
//! macro_rules! is_load {
//!     ($($name:ident => [$($slot:tt),*]),* $(,)?) => {
//!         fn is_load(op: Op) -> bool {
//!             match op {
//!                 $(Op::$name => stringify!($name).starts_with("LOAD_"),)*
//!             }
//!         }
//!     };
//! }
//! krait_loader::for_each_op!(is_load);
//! assert!(is_load(Op::LOAD_CONST));
//! assert!(!is_load(Op::STORE_FAST));
//! ```

use crate::PyVersion;

#[macro_use]
mod generated;

/// What an opcode's argument means, from the lists of the version's `dis`/`opcode` module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// The opcode takes no argument (below `HAVE_ARGUMENT` before 3.12; not in `hasarg`
    /// from 3.12 on); its argument byte is ignored.
    None,
    /// It takes an argument that is in none of the lists below: a count, flags, an operator
    /// number (`BINARY_OP`), an intrinsic number, ...; its meaning is the opcode's own.
    Other,
    /// `hasconst`: an index into `co_consts`.
    Const,
    /// `hasname`: an index into `co_names` (3.11+ `LOAD_GLOBAL` and 3.12+ `LOAD_ATTR` shift
    /// it left by one flag bit, 3.12+ `LOAD_SUPER_ATTR` by two).
    Name,
    /// `haslocal`: an index into the fast locals (3.13's `*_FAST_*_FAST` pack two, 4 bits each).
    Local,
    /// `hasfree`: a cell or free variable (3.10: an index into cellvars + freevars; 3.11+:
    /// into the fast locals).
    Free,
    /// `hascompare`: a comparison (3.10/3.11: the `cmp_op` index; 3.12: index << 4 | flags;
    /// 3.13: index << 5 | flags).
    Compare,
    /// `hasjrel`, forward: the target is after the instruction.
    JumpForward,
    /// `hasjrel`, backward (dis's `_is_backward_jump`: `JUMP_BACKWARD` in the name).
    JumpBackward,
    /// `hasjabs`: the target is an absolute position (3.10 only).
    JumpAbsolute,
}

impl ArgKind {
    pub fn has_arg(self) -> bool {
        self != ArgKind::None
    }

    pub fn is_jump(self) -> bool {
        matches!(
            self,
            ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute
        )
    }
}

/// How the net stack effect follows from the argument (see the head of `generated.rs`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `dis.stack_effect` raises `ValueError` whatever the argument.
    Invalid,
    /// `a + b * (arg & 0xff) + c * (arg >> 8)`, in C `int` (wrapping) arithmetic.
    Lin { a: i32, b: i32, c: i32 },
    /// `table[arg & mask]`.
    Mask { mask: u32, table: &'static [i32] },
    /// `table[arg]` for small arguments, else `a + b * (arg & 0xff) + c * (arg >> 8)`.
    Small {
        table: &'static [i32],
        a: i32,
        b: i32,
        c: i32,
    },
}

/// One version's stack effect of one opcode, for one branch (jump taken or not).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct StackEffect {
    pub rule: Rule,
    /// The least argument for which `dis.stack_effect` raises `ValueError` (3.12+ reject
    /// arguments whose pop or push count overflows a C `int`); `2**31` when none below.
    pub invalid_from: u32,
}

/// The least argument `dis.stack_effect` cannot take (a C `int`).
const ARG_LIMIT: u32 = 1 << 31;

const fn se(rule: Rule) -> StackEffect {
    StackEffect {
        rule,
        invalid_from: ARG_LIMIT,
    }
}

// The constructors the generated table is written in.
#[allow(dead_code)] // no current opcode is invalid for every argument
const fn invalid() -> StackEffect {
    se(Rule::Invalid)
}
const fn k(a: i32) -> StackEffect {
    se(Rule::Lin { a, b: 0, c: 0 })
}
const fn lin(a: i32, b: i32) -> StackEffect {
    se(Rule::Lin {
        a,
        b,
        c: b.wrapping_mul(256),
    })
}
const fn lohi(a: i32, b: i32, c: i32) -> StackEffect {
    se(Rule::Lin { a, b, c })
}
const fn mask(mask: u32, table: &'static [i32]) -> StackEffect {
    assert!(table.len() == mask as usize + 1);
    se(Rule::Mask { mask, table })
}
const fn small(table: &'static [i32], a: i32, b: i32, c: i32) -> StackEffect {
    se(Rule::Small { table, a, b, c })
}

impl StackEffect {
    const fn below(self, n: u32) -> Self {
        StackEffect {
            rule: self.rule,
            invalid_from: n,
        }
    }

    /// The effect for `arg` (`None` where CPython raises `ValueError`).
    pub fn eval(self, arg: u32) -> Option<i32> {
        if arg >= self.invalid_from {
            return None;
        }
        let lohi = |a: i32, b: i32, c: i32| {
            // arg < 2**31 here, so both parts fit an i32.
            let lo = (arg & 0xff) as i32;
            let hi = (arg >> 8) as i32;
            a.wrapping_add(b.wrapping_mul(lo))
                .wrapping_add(c.wrapping_mul(hi))
        };
        let effect = match self.rule {
            Rule::Invalid => None,
            Rule::Lin { a, b, c } => Some(lohi(a, b, c)),
            Rule::Mask { mask, table } => table.get((arg & mask) as usize).copied(),
            Rule::Small { table, a, b, c } => match table.get(arg as usize) {
                Some(&e) => Some(e),
                None => Some(lohi(a, b, c)),
            },
        };
        // CPython's compiler signals "invalid" with INT_MAX, so an effect that wraps to
        // exactly that is a ValueError too.
        effect.filter(|&e| e != i32::MAX)
    }
}

/// One version's facts about one opcode: a slot of the generated table.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OpInfo {
    pub number: u8,
    pub arg: ArgKind,
    /// `opcode._inline_cache_entries`: code units of inline cache after the instruction.
    pub caches: u8,
    /// `opcode._cache_format`: the caches' fields and their sizes in code units.
    pub cache_format: &'static [(&'static str, u8)],
    /// `dis.stack_effect(op, arg, jump=False)`.
    pub stack_effect: StackEffect,
    /// `dis.stack_effect(op, arg, jump=True)`.
    pub stack_effect_jump: StackEffect,
}

macro_rules! op_slot {
    (_) => {
        None
    };
    ({
        num: $num:literal,
        arg: $arg:ident,
        caches: $caches:literal,
        format: [$(($field:literal, $size:literal)),* $(,)?],
        se: $se:expr,
        se_jump: $se_jump:expr $(,)?
    }) => {
        Some(OpInfo {
            number: $num,
            arg: ArgKind::$arg,
            caches: $caches,
            cache_format: &[$(($field, $size)),*],
            stack_effect: $se,
            stack_effect_jump: $se_jump,
        })
    };
}

macro_rules! define_ops {
    ($($name:ident => [$($slot:tt),* $(,)?]),* $(,)?) => {
        /// An opcode of some CPython version, named exactly like CPython's.
        #[allow(non_camel_case_types)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Op {
            $($name,)*
        }

        impl Op {
            /// Every opcode of every version, in table order (`op as usize` is the index).
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            /// CPython's name of the opcode.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Op::$name => stringify!($name),)*
                }
            }
        }

        /// The table: per opcode, per version (`PyVersion::index`).
        const TABLE: &[[Option<OpInfo>; 4]] = &[$([$(op_slot!($slot),)*],)*];
    };
}

for_each_op!(define_ops);

/// Per version, opcode number → opcode.
static DECODE: [[Option<Op>; 256]; 4] = build_decode();

const fn build_decode() -> [[Option<Op>; 256]; 4] {
    assert!(TABLE.len() == Op::ALL.len());
    let mut d = [[None; 256]; 4];
    let mut i = 0;
    while i < TABLE.len() {
        assert!(Op::ALL[i] as usize == i);
        let mut v = 0;
        while v < 4 {
            if let Some(info) = &TABLE[i][v] {
                let n = info.number as usize;
                assert!(d[v][n].is_none(), "two opcodes share a number");
                d[v][n] = Some(Op::ALL[i]);
            }
            v += 1;
        }
        i += 1;
    }
    d
}

impl Op {
    /// The opcode named `name` in any version.
    pub fn from_name(name: &str) -> Option<Op> {
        Op::ALL.iter().copied().find(|op| op.name() == name)
    }

    /// This version's facts about the opcode; `None` if the version has no such opcode.
    pub fn info(self, v: PyVersion) -> Option<&'static OpInfo> {
        TABLE[self as usize][v.index()].as_ref()
    }

    /// Whether the version has this opcode.
    pub fn exists_in(self, v: PyVersion) -> bool {
        self.info(v).is_some()
    }

    /// The decoder: the version's opcode with number `n` (`None`: no such opcode).
    pub fn from_number(v: PyVersion, n: u8) -> Option<Op> {
        DECODE[v.index()][n as usize]
    }

    /// The opcode's number in the version.
    pub fn number(self, v: PyVersion) -> Option<u8> {
        self.info(v).map(|i| i.number)
    }

    /// Whether the opcode takes an argument in the version (false if it does not exist).
    pub fn has_arg(self, v: PyVersion) -> bool {
        self.arg_kind(v).has_arg()
    }

    /// Code units of inline cache that follow the instruction (0 before 3.11).
    pub fn cache_entries(self, v: PyVersion) -> u8 {
        self.info(v).map_or(0, |i| i.caches)
    }

    /// The inline cache's fields and their sizes in code units (empty before 3.11).
    pub fn cache_format(self, v: PyVersion) -> &'static [(&'static str, u8)] {
        self.info(v).map_or(&[], |i| i.cache_format)
    }

    /// What the argument means ([`ArgKind::None`] also if the version lacks the opcode).
    pub fn arg_kind(self, v: PyVersion) -> ArgKind {
        self.info(v).map_or(ArgKind::None, |i| i.arg)
    }

    /// Whether the argument is a jump target (dis's `hasjrel`/`hasjabs`; 3.10's `SETUP_*`
    /// and every version's `FOR_ITER` and `SEND` included).
    pub fn is_jump(self, v: PyVersion) -> bool {
        self.arg_kind(v).is_jump()
    }

    /// dis's jump target, as a byte offset into `co_code`: `offset` is the byte offset of
    /// the instruction itself (after any EXTENDED_ARG prefixes), `arg` its folded argument.
    ///
    /// - 3.10: relative `offset + 2 + 2*arg`, absolute `2*arg`;
    /// - 3.11: `offset + 2 ± 2*arg` (no 3.11 jump has inline caches);
    /// - 3.12, 3.13: `offset + 2 + 2*caches ± 2*arg`.
    ///
    /// `None` if the opcode is no jump in the version, or the target is negative or beyond
    /// `u32`.
    pub fn jump_target(self, v: PyVersion, offset: u32, arg: u32) -> Option<u32> {
        let info = self.info(v)?;
        let delta = match info.arg {
            ArgKind::JumpForward => i64::from(arg) * 2,
            ArgKind::JumpBackward => -(i64::from(arg) * 2),
            ArgKind::JumpAbsolute => return u32::try_from(u64::from(arg) * 2).ok(),
            _ => return None,
        };
        let caches = if v >= PyVersion::V3_12 {
            i64::from(info.caches) * 2
        } else {
            0
        };
        u32::try_from(i64::from(offset) + 2 + caches + delta).ok()
    }

    /// `dis.stack_effect(op, arg, jump=jump)` of the version: `Some(false)`/`Some(true)`
    /// for the branch not taken/taken, `None` for the maximum of both. `None` where CPython
    /// raises `ValueError` (also if the version lacks the opcode, and for arguments above
    /// `i32::MAX`, which it cannot take). For an opcode without argument `arg` is ignored.
    pub fn stack_effect(self, v: PyVersion, arg: u32, jump: Option<bool>) -> Option<i32> {
        let info = self.info(v)?;
        let arg = if info.arg.has_arg() { arg } else { 0 };
        match jump {
            Some(false) => info.stack_effect.eval(arg),
            Some(true) => info.stack_effect_jump.eval(arg),
            None => {
                let a = info.stack_effect.eval(arg)?;
                let b = info.stack_effect_jump.eval(arg)?;
                Some(a.max(b))
            }
        }
    }
}

impl std::fmt::Display for Op {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
