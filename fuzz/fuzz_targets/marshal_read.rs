//! Arbitrary bytes as a `.pyc`: parsing and resolving must return Ok or Err, never panic,
//! hang or allocate without bound; whatever parses must write back as a prefix of the
//! input (the marshal tree is lossless).
#![no_main]

use krait_loader::marshal;
use krait_loader::pyc::Pyc;
use krait_loader::PyVersion;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pyc) = Pyc::parse(data) {
        let out = pyc.to_bytes();
        assert!(data.starts_with(&out), "written bytes are not a prefix of the input");
        let _ = pyc.code();
    }
    // The bare marshal reader under every version's code layout.
    for v in PyVersion::ALL {
        if let Ok(node) = marshal::read(data, v) {
            let out = marshal::write(&node, v);
            assert!(data.starts_with(&out), "marshal write is not a prefix of the input");
            let _ = marshal::resolve(&node, v);
        }
    }
});
