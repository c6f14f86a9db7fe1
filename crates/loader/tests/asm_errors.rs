//! Every kind of assembler error is reported with its line and column, never a panic.

use krait_loader::asm::{self, AsmError};

fn error_of(src: &str) -> AsmError {
    match asm::assemble(src) {
        Ok(_) => panic!("assembled without error:\n{src}"),
        Err(e) => e,
    }
}

/// Asserts `file:LINE:COL: ...message...`.
fn check(src: &str, line: u32, col: u32, message: &str) {
    let e = error_of(src);
    let rendered = e.render("t.kasm");
    assert!(
        rendered.starts_with(&format!("t.kasm:{line}:{col}: ")) && rendered.contains(message),
        "got {rendered:?}, wanted {line}:{col} and {message:?}"
    );
}

fn module(version: &str, body: &str) -> String {
    format!(".version {version}\n.code <module>\n{body}.end\n")
}

#[test]
fn opcode_unknown_to_the_version() {
    check(
        &module("3.11", "    CALL_FUNCTION 0\n"),
        3,
        5,
        "CALL_FUNCTION does not exist in 3.11",
    );
    check(
        &module("3.10", "    RESUME 0\n"),
        3,
        5,
        "RESUME does not exist in 3.10",
    );
    check(
        &module("3.12", "    FROBNICATE\n"),
        3,
        5,
        "unknown opcode 'FROBNICATE'",
    );
}

#[test]
fn wrong_argument_kind() {
    check(
        &module("3.11", "    LOAD_CONST foo\n"),
        3,
        16,
        "expected a constant, not the word 'foo'",
    );
    check(
        &module("3.11", "    LOAD_FAST 5\n"),
        3,
        15,
        "LOAD_FAST takes a local variable name",
    );
    check(
        &module("3.11", "    BINARY_OP plus\n"),
        3,
        15,
        "BINARY_OP takes an operator",
    );
    check(
        &module("3.11", "    COMPARE_OP <>\n"),
        3,
        16,
        "takes a comparison",
    );
    check(
        &module("3.11", "    POP_TOP 3\n"),
        3,
        13,
        "POP_TOP takes no argument",
    );
    check(
        &module("3.11", "    JUMP_FORWARD 4\n"),
        3,
        18,
        "takes a label",
    );
    check(
        &module("3.11", "    LOAD_GLOBAL maybe + print\n"),
        3,
        17,
        "expected NULL",
    );
}

#[test]
fn undefined_label() {
    check(
        &module(
            "3.11",
            "    RESUME 0\n    JUMP_FORWARD nowhere\n    RETURN_VALUE\n",
        ),
        4,
        5,
        "undefined label 'nowhere'",
    );
}

#[test]
fn duplicate_label() {
    check(
        &module("3.11", "  here:\n    NOP\n  here:\n    RETURN_VALUE\n"),
        5,
        3,
        "duplicate label 'here'",
    );
}

#[test]
fn stack_underflow() {
    check(
        &module("3.12", "    RESUME 0\n    POP_TOP\n    RETURN_CONST None\n"),
        4,
        5,
        "stack underflow",
    );
}

#[test]
fn inconsistent_depth() {
    // One path reaches 'join' with an extra item on the stack.
    let body = "    RESUME 0
    LOAD_CONST True
    POP_JUMP_IF_TRUE join
    LOAD_CONST 1
  join:
    LOAD_CONST None
    RETURN_VALUE
";
    check(&module("3.12", body), 8, 5, "inconsistent stack depth");
}

#[test]
fn exception_ranges_that_do_not_nest() {
    let body = "    .try a c -> h
    .try b d -> h
    RESUME 0
  a:
    NOP
  b:
    NOP
  c:
    NOP
  d:
    RETURN_CONST None
  h:
    RERAISE 0
";
    check(&module("3.12", body), 4, 5, "exception ranges do not nest");
}

#[test]
fn jump_in_the_wrong_direction() {
    check(
        &module("3.11", "  top:\n    RESUME 0\n    JUMP_FORWARD top\n"),
        5,
        5,
        "JUMP_FORWARD jumps forward, but label 'top' is behind",
    );
}

#[test]
fn malformed_sources() {
    check(".version 3.9\n", 1, 10, "unsupported version");
    check(".code x\n.end\n", 1, 1, ".version must come before");
    check(
        &module("3.11", "    LOAD_CONST 'abc\n"),
        3,
        16,
        "unterminated string",
    );
    check(&module("3.11", "    .bogus 1\n"), 3, 5, "unknown directive");
    check(".version 3.11\n.code m\n    NOP\n", 2, 1, "has no .end");
    check(
        &module("3.11", "    LOAD_CONST @nothing\n"),
        3,
        16,
        "no nested code object 'nothing'",
    );
}

/// Random garbage never panics.
#[test]
fn garbage_never_panics() {
    let pieces = [
        ".version 3.11",
        ".version 3.10",
        ".code",
        ".end",
        "LOAD_CONST",
        "(",
        ")",
        "'x",
        "~",
        "~ref",
        "JUMP_FORWARD",
        "L:",
        ".try",
        "->",
        "depth=",
        "#99999999999",
        "@",
        ".loc",
        "1:2-3:",
        "NULL",
        "+",
        ",",
        "frozenset(",
        "complex(",
        "b'\\x",
        "\\u",
        ".args",
        "*",
        "**k",
        ".localsplus",
        "x:cell",
        "EXTENDED_ARG",
        "~ext=9",
        "~cache=zz",
        "FOR_ITER",
    ];
    let mut seed: u64 = 0x1234_5678;
    for _ in 0..3000 {
        let mut src = String::new();
        for _ in 0..(seed % 40) {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            src.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            src.push(if seed & 0x100 != 0 { '\n' } else { ' ' });
        }
        seed = seed.wrapping_add(7);
        let _ = asm::assemble(&src);
    }
}
