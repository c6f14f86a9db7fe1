//! Lowering: each version's raw `co_code` into krait's version-neutral instructions
//! (caches skipped, EXTENDED_ARG folded, jump targets resolved).
//!
//! STUB: filled in by the opcode-table work.
