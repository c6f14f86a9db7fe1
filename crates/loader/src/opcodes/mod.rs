//! The opcode table: one row per opcode name, with its number, inline cache entries,
//! argument kind and stack effect in each version. `generated.rs` is produced by
//! `scripts/gen_opcodes.py` from the installed CPythons and must not be edited.
//!
//! STUB: filled in by the opcode-table work.
