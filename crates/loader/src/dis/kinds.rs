//! How each version's `dis._get_instructions_bytes` (3.10–3.12) and
//! `dis.ArgResolver.get_argval_argrepr` (3.13) turn an oparg into `argrepr`: the `opcode.has*`
//! lists and the special cases (`LOAD_GLOBAL`, `LOAD_ATTR`, `FORMAT_VALUE`, ...) as data.
//!
//! The lists are copied from each version's `opcode.py`, restricted to real (non-pseudo)
//! opcodes. A name absent from a version's list has [`Kind::Plain`] (argrepr `''`).

use crate::PyVersion;

/// The argrepr rule of one opcode in one version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// No argrepr.
    Plain,
    /// `hasconst`: `repr(co_consts[arg])`.
    Const,
    /// `hasconst` but 3.11's `_get_const_value` only resolves `LOAD_CONST`: argrepr `''`.
    ConstHidden,
    /// `hasname`: `co_names[arg]`.
    Name,
    /// 3.11+ `LOAD_GLOBAL`: `co_names[arg//2]`, `NULL + ` when `arg & 1`.
    Global,
    /// 3.12+ `LOAD_ATTR`: `co_names[arg//2]`, `NULL|self + ` when `arg & 1`.
    Attr,
    /// 3.12+ `LOAD_SUPER_ATTR`: `co_names[arg//4]`, `NULL|self + ` when `arg & 1`.
    SuperAttr,
    /// `hasjrel`: `to OFFSET` (3.13: `to L<n>`).
    JumpRel,
    /// `hasjabs`: `to arg*2`.
    JumpAbs,
    /// `haslocal`: `co_varnames[arg]` (3.11+: `co._varname_from_oparg(arg)`).
    Local,
    /// `hasfree`: 3.10 `(co_cellvars + co_freevars)[arg]`; 3.11+ like [`Kind::Local`].
    Free,
    /// 3.13 `LOAD_FAST_LOAD_FAST` and friends: two 4-bit local indices.
    LocalPair,
    /// `hascompare`: `cmp_op[...]`, decoded per version.
    Compare,
    /// 3.10–3.12 `FORMAT_VALUE`.
    FormatValue,
    /// 3.10–3.12 `MAKE_FUNCTION` flags.
    MakeFunction,
    /// 3.13 `SET_FUNCTION_ATTRIBUTE` flags.
    SetFunctionAttribute,
    /// 3.13 `CONVERT_VALUE`.
    ConvertValue,
    /// 3.11+ `BINARY_OP`: `_nb_ops[arg][1]`.
    BinaryOp,
    /// 3.12+ `CALL_INTRINSIC_1`.
    Intrinsic1,
    /// 3.12+ `CALL_INTRINSIC_2`.
    Intrinsic2,
}

use Kind::*;

const V310: &[(&str, Kind)] = &[
    ("LOAD_CONST", Const),
    ("STORE_NAME", Name),
    ("DELETE_NAME", Name),
    ("STORE_ATTR", Name),
    ("DELETE_ATTR", Name),
    ("STORE_GLOBAL", Name),
    ("DELETE_GLOBAL", Name),
    ("LOAD_NAME", Name),
    ("LOAD_ATTR", Name),
    ("IMPORT_NAME", Name),
    ("IMPORT_FROM", Name),
    ("LOAD_GLOBAL", Name),
    ("LOAD_METHOD", Name),
    ("FOR_ITER", JumpRel),
    ("JUMP_FORWARD", JumpRel),
    ("SETUP_FINALLY", JumpRel),
    ("SETUP_WITH", JumpRel),
    ("SETUP_ASYNC_WITH", JumpRel),
    ("JUMP_IF_FALSE_OR_POP", JumpAbs),
    ("JUMP_IF_TRUE_OR_POP", JumpAbs),
    ("JUMP_ABSOLUTE", JumpAbs),
    ("POP_JUMP_IF_FALSE", JumpAbs),
    ("POP_JUMP_IF_TRUE", JumpAbs),
    ("JUMP_IF_NOT_EXC_MATCH", JumpAbs),
    ("LOAD_FAST", Local),
    ("STORE_FAST", Local),
    ("DELETE_FAST", Local),
    ("COMPARE_OP", Compare),
    ("LOAD_CLOSURE", Free),
    ("LOAD_DEREF", Free),
    ("STORE_DEREF", Free),
    ("DELETE_DEREF", Free),
    ("LOAD_CLASSDEREF", Free),
    ("FORMAT_VALUE", FormatValue),
    ("MAKE_FUNCTION", MakeFunction),
];

const V311: &[(&str, Kind)] = &[
    ("LOAD_CONST", Const),
    ("KW_NAMES", ConstHidden),
    ("STORE_NAME", Name),
    ("DELETE_NAME", Name),
    ("STORE_ATTR", Name),
    ("DELETE_ATTR", Name),
    ("STORE_GLOBAL", Name),
    ("DELETE_GLOBAL", Name),
    ("LOAD_NAME", Name),
    ("LOAD_ATTR", Name),
    ("IMPORT_NAME", Name),
    ("IMPORT_FROM", Name),
    ("LOAD_GLOBAL", Global),
    ("LOAD_METHOD", Name),
    ("FOR_ITER", JumpRel),
    ("JUMP_FORWARD", JumpRel),
    ("JUMP_IF_FALSE_OR_POP", JumpRel),
    ("JUMP_IF_TRUE_OR_POP", JumpRel),
    ("POP_JUMP_FORWARD_IF_FALSE", JumpRel),
    ("POP_JUMP_FORWARD_IF_TRUE", JumpRel),
    ("SEND", JumpRel),
    ("POP_JUMP_FORWARD_IF_NOT_NONE", JumpRel),
    ("POP_JUMP_FORWARD_IF_NONE", JumpRel),
    ("JUMP_BACKWARD_NO_INTERRUPT", JumpRel),
    ("JUMP_BACKWARD", JumpRel),
    ("POP_JUMP_BACKWARD_IF_NOT_NONE", JumpRel),
    ("POP_JUMP_BACKWARD_IF_NONE", JumpRel),
    ("POP_JUMP_BACKWARD_IF_FALSE", JumpRel),
    ("POP_JUMP_BACKWARD_IF_TRUE", JumpRel),
    ("LOAD_FAST", Local),
    ("STORE_FAST", Local),
    ("DELETE_FAST", Local),
    ("MAKE_CELL", Free),
    ("LOAD_CLOSURE", Free),
    ("LOAD_DEREF", Free),
    ("STORE_DEREF", Free),
    ("DELETE_DEREF", Free),
    ("LOAD_CLASSDEREF", Free),
    ("COMPARE_OP", Compare),
    ("FORMAT_VALUE", FormatValue),
    ("MAKE_FUNCTION", MakeFunction),
    ("BINARY_OP", BinaryOp),
];

const V312: &[(&str, Kind)] = &[
    ("LOAD_CONST", Const),
    ("RETURN_CONST", Const),
    ("KW_NAMES", Const),
    ("STORE_NAME", Name),
    ("DELETE_NAME", Name),
    ("STORE_ATTR", Name),
    ("DELETE_ATTR", Name),
    ("STORE_GLOBAL", Name),
    ("DELETE_GLOBAL", Name),
    ("LOAD_NAME", Name),
    ("LOAD_ATTR", Attr),
    ("IMPORT_NAME", Name),
    ("IMPORT_FROM", Name),
    ("LOAD_GLOBAL", Global),
    ("LOAD_SUPER_ATTR", SuperAttr),
    ("LOAD_FROM_DICT_OR_GLOBALS", Name),
    ("FOR_ITER", JumpRel),
    ("JUMP_FORWARD", JumpRel),
    ("POP_JUMP_IF_FALSE", JumpRel),
    ("POP_JUMP_IF_TRUE", JumpRel),
    ("SEND", JumpRel),
    ("POP_JUMP_IF_NOT_NONE", JumpRel),
    ("POP_JUMP_IF_NONE", JumpRel),
    ("JUMP_BACKWARD_NO_INTERRUPT", JumpRel),
    ("JUMP_BACKWARD", JumpRel),
    ("LOAD_FAST", Local),
    ("STORE_FAST", Local),
    ("DELETE_FAST", Local),
    ("LOAD_FAST_CHECK", Local),
    ("LOAD_FAST_AND_CLEAR", Local),
    ("MAKE_CELL", Free),
    ("LOAD_CLOSURE", Free),
    ("LOAD_DEREF", Free),
    ("STORE_DEREF", Free),
    ("DELETE_DEREF", Free),
    ("LOAD_FROM_DICT_OR_DEREF", Free),
    ("COMPARE_OP", Compare),
    ("FORMAT_VALUE", FormatValue),
    ("MAKE_FUNCTION", MakeFunction),
    ("BINARY_OP", BinaryOp),
    ("CALL_INTRINSIC_1", Intrinsic1),
    ("CALL_INTRINSIC_2", Intrinsic2),
];

const V313: &[(&str, Kind)] = &[
    ("LOAD_CONST", Const),
    ("RETURN_CONST", Const),
    ("DELETE_ATTR", Name),
    ("DELETE_GLOBAL", Name),
    ("DELETE_NAME", Name),
    ("IMPORT_FROM", Name),
    ("IMPORT_NAME", Name),
    ("LOAD_ATTR", Attr),
    ("LOAD_FROM_DICT_OR_GLOBALS", Name),
    ("LOAD_GLOBAL", Global),
    ("LOAD_NAME", Name),
    ("LOAD_SUPER_ATTR", SuperAttr),
    ("STORE_ATTR", Name),
    ("STORE_GLOBAL", Name),
    ("STORE_NAME", Name),
    ("FOR_ITER", JumpRel),
    ("JUMP_BACKWARD", JumpRel),
    ("JUMP_BACKWARD_NO_INTERRUPT", JumpRel),
    ("JUMP_FORWARD", JumpRel),
    ("POP_JUMP_IF_FALSE", JumpRel),
    ("POP_JUMP_IF_NONE", JumpRel),
    ("POP_JUMP_IF_NOT_NONE", JumpRel),
    ("POP_JUMP_IF_TRUE", JumpRel),
    ("SEND", JumpRel),
    ("LOAD_FAST_LOAD_FAST", LocalPair),
    ("STORE_FAST_LOAD_FAST", LocalPair),
    ("STORE_FAST_STORE_FAST", LocalPair),
    ("DELETE_FAST", Local),
    ("LOAD_FAST", Local),
    ("LOAD_FAST_AND_CLEAR", Local),
    ("LOAD_FAST_CHECK", Local),
    ("STORE_FAST", Local),
    ("DELETE_DEREF", Free),
    ("LOAD_DEREF", Free),
    ("LOAD_FROM_DICT_OR_DEREF", Free),
    ("MAKE_CELL", Free),
    ("STORE_DEREF", Free),
    ("COMPARE_OP", Compare),
    ("CONVERT_VALUE", ConvertValue),
    ("SET_FUNCTION_ATTRIBUTE", SetFunctionAttribute),
    ("BINARY_OP", BinaryOp),
    ("CALL_INTRINSIC_1", Intrinsic1),
    ("CALL_INTRINSIC_2", Intrinsic2),
];

/// The argrepr rule of the opcode named `name` in version `v`.
pub(crate) fn kind(v: PyVersion, name: &str) -> Kind {
    let table = match v {
        PyVersion::V3_10 => V310,
        PyVersion::V3_11 => V311,
        PyVersion::V3_12 => V312,
        PyVersion::V3_13 => V313,
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Plain, |&(_, k)| k)
}

/// Whether a relative jump goes backwards: `'JUMP_BACKWARD' in opname` (3.11–3.12; 3.13's
/// explicit pair of names is the same set of real opcodes).
pub(crate) fn is_backward(name: &str) -> bool {
    name.contains("JUMP_BACKWARD")
}

/// `opcode.cmp_op`, the same in every supported version.
pub(crate) const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `opcode._nb_ops[i][1]` (3.11+; identical in 3.11–3.13).
pub(crate) const NB_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `opcode._intrinsic_1_descs` (3.12 and 3.13 agree).
pub(crate) const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// `opcode._intrinsic_2_descs` per version (3.13 adds `INTRINSIC_SET_TYPEPARAM_DEFAULT`).
pub(crate) fn intrinsic_2(v: PyVersion) -> &'static [&'static str] {
    const ALL: [&str; 6] = [
        "INTRINSIC_2_INVALID",
        "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
        "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    ];
    if v >= PyVersion::V3_13 {
        &ALL
    } else {
        &ALL[..5]
    }
}

/// `dis.FORMAT_VALUE_CONVERTERS` reprs (3.10–3.12) and 3.13's `CONVERT_VALUE` names.
pub(crate) const CONVERTERS: [&str; 4] = ["", "str", "repr", "ascii"];

/// `dis.MAKE_FUNCTION_FLAGS` / 3.13's `FUNCTION_ATTR_FLAGS`.
pub(crate) const FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];
