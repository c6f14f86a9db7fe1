//! krait-object: see docs/architecture.md. Empty until the core-VM issue.
