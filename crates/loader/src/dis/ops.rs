//! The per-version opcode facts `dis` reads, gathered once into a 256-entry table per
//! version: `dis._all_opname` (unknown numbers print as `<N>`), whether `_unpack_opargs`
//! reads an oparg (3.10–3.11: `op >= HAVE_ARGUMENT`; 3.12+: `op in hasarg`),
//! `_inline_cache_entries`, `_cache_format`, and the argrepr [`Kind`].
//!
//! This is the only file that talks to [`crate::opcodes`].

use std::sync::OnceLock;

use super::kinds::{self, Kind};
use crate::opcodes::Op;
use crate::PyVersion;

/// `opcode.HAVE_ARGUMENT` in 3.10 and 3.11.
const HAVE_ARGUMENT: u8 = 90;

pub(crate) struct OpInfo {
    pub name: String,
    pub has_arg: bool,
    pub caches: usize,
    pub cache_format: Vec<(&'static str, usize)>,
    pub kind: Kind,
    pub backward: bool,
    pub extended_arg: bool,
}

fn build(v: PyVersion) -> Vec<OpInfo> {
    (0..=255u8)
        .map(|byte| match Op::from_number(v, byte) {
            Some(op) => {
                let name = op.name().to_string();
                let has_arg = if v <= PyVersion::V3_11 {
                    byte >= HAVE_ARGUMENT
                } else {
                    op.has_arg(v)
                };
                OpInfo {
                    kind: kinds::kind(v, &name),
                    backward: kinds::is_backward(&name),
                    extended_arg: name == "EXTENDED_ARG",
                    has_arg,
                    caches: op.cache_entries(v) as usize,
                    cache_format: op
                        .cache_format(v)
                        .iter()
                        .map(|&(n, size)| (n, size as usize))
                        .collect(),
                    name,
                }
            }
            None => OpInfo {
                name: format!("<{byte}>"),
                has_arg: v <= PyVersion::V3_11 && byte >= HAVE_ARGUMENT,
                caches: 0,
                cache_format: Vec::new(),
                kind: Kind::Plain,
                backward: false,
                extended_arg: false,
            },
        })
        .collect()
}

/// The facts about opcode number `byte` in version `v`.
pub(crate) fn info(v: PyVersion, byte: u8) -> &'static OpInfo {
    static TABLES: [OnceLock<Vec<OpInfo>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    &TABLES[v.index()].get_or_init(|| build(v))[byte as usize]
}
