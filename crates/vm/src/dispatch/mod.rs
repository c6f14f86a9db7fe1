//! Dispatch strategies: each file runs the same handlers (`crate::ops`) in its own way and
//! opens with a note on its trade-off. `krait run --dispatch NAME` selects one.

pub mod fn_table;
pub mod match_loop;

/// Which dispatch loop runs.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Dispatch {
    /// `loop { match op { … } }`.
    #[default]
    Match,
    /// A table of handler pointers indexed by opcode.
    FnTable,
}

impl Dispatch {
    pub const NAMES: &'static [&'static str] = &["match", "fn-table"];

    pub fn from_name(s: &str) -> Option<Dispatch> {
        match s {
            "match" => Some(Dispatch::Match),
            "fn-table" | "fn_table" => Some(Dispatch::FnTable),
            _ => None,
        }
    }
}
