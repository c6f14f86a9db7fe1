//! krait-vm: see docs/architecture.md. Empty until the core-VM issue.
