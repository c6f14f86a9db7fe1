//! `dis`: CPython's `dis.dis(code)` output, per version.
//!
//! STUB: filled in by the dis work.
