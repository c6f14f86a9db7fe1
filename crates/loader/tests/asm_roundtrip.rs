//! `dis --asm` then `asm` gives back every sampled stdlib `.pyc` byte for byte (the full
//! corpus: `scripts/sweep.py --check asm`).

mod support;

use krait_loader::asm;
use krait_loader::pyc::Pyc;
use krait_loader::PyVersion;

#[test]
fn stdlib_sample_round_trips() {
    for v in PyVersion::ALL {
        let files = support::sample_pycs(v, 40);
        if files.is_empty() {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        }
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            let text = asm::disassemble(&bytes).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let again = asm::assemble(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let original = Pyc::parse(&bytes).unwrap().to_bytes();
            assert!(again == original, "{}: bytes differ", f.display());
        }
    }
}
