//! `src/tables.rs` is what `scripts/gen_unicodedata.py` writes from the live CPython 3.11
//! (skipped when python3.11 or Perl's Unicode 14.0.0 `unicore/Name.pl` is missing).

use std::path::Path;
use std::process::Command;

#[test]
fn tables_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let have_perl_ucd = std::fs::read_dir("/usr/share/perl")
        .map(|d| {
            d.flatten()
                .any(|e| e.path().join("unicore/Name.pl").exists())
        })
        .unwrap_or(false);
    if !have_perl_ucd {
        eprintln!("skipping: no unicore/Name.pl");
        return;
    }
    let out = match Command::new("python3.11")
        .arg(root.join("scripts/gen_unicodedata.py"))
        .arg("--stdout")
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            eprintln!("skipping: python3.11 not installed");
            return;
        }
    };
    assert!(
        out.status.success(),
        "generator failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let current = std::fs::read_to_string(root.join("crates/unicode/src/tables.rs")).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == current,
        "tables.rs is stale: run scripts/gen_unicodedata.py"
    );
}
