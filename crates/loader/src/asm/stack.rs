//! Flow analysis: the stack depth before every instruction, following fall-through, jumps
//! and exception handlers, with the version's `dis.stack_effect` (from the opcode table).
//! Gives `co_stacksize` and the depth of exception ranges written without one, and finds
//! stack underflow and inconsistent depths where paths meet.

use super::builder::{Arg, Inst, LabelDef, Layout, TryRange};
use super::error::{AsmError, AsmResult};
use crate::opcodes::Op;
use crate::PyVersion;

/// What flow analysis finds.
pub(crate) struct Flow {
    pub max_depth: u32,
    /// Per exception range: its depth (given, or the depth where it starts).
    pub try_depths: Vec<Option<u32>>,
}

/// Opcodes after which control does not fall through to the next instruction. CPython's
/// compiler knows these as unconditional jumps and scope exits (`IS_SCOPE_EXIT_OPCODE`,
/// `IS_UNCONDITIONAL_JUMP_OPCODE`); no `opcode`/`dis` list says so, hence this list.
fn ends_flow(op: Op) -> bool {
    matches!(
        op,
        Op::RETURN_VALUE
            | Op::RETURN_CONST
            | Op::RAISE_VARARGS
            | Op::RERAISE
            | Op::JUMP_FORWARD
            | Op::JUMP_BACKWARD
            | Op::JUMP_BACKWARD_NO_INTERRUPT
            | Op::JUMP_ABSOLUTE
    )
}

/// Analyzes the code. `handlers[i]` is the exception range (index into `tries`) that
/// covers instruction `i`.
pub(crate) fn analyze(
    v: PyVersion,
    instrs: &[Inst],
    layout: &Layout,
    labels: &[LabelDef],
    handlers: &[Option<usize>],
    tries: &[TryRange],
) -> AsmResult<Flow> {
    let n = instrs.len();
    let label_at = |l: &super::builder::Label| labels[l.0].at.unwrap_or(n);
    let by_start = |unit: u32| layout.starts.binary_search(&unit).ok();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut try_depths: Vec<Option<u32>> = tries.iter().map(|t| t.depth).collect();
    let mut max: i64 = 0;
    let mut work: Vec<usize> = Vec::new();
    let reach = |i: usize,
                 d: i64,
                 from: &Inst,
                 depth: &mut Vec<Option<i64>>,
                 work: &mut Vec<usize>|
     -> AsmResult<()> {
        if i >= n {
            return Ok(());
        }
        match depth[i] {
            Some(old) if old != d => Err(AsmError::new(
                instrs[i].span.or(from.span),
                format!(
                    "inconsistent stack depth: {} is reached with depth {old} and with depth {d} (from {})",
                    instrs[i].op, from.op
                ),
            )),
            Some(_) => Ok(()),
            None => {
                depth[i] = Some(d);
                work.push(i);
                Ok(())
            }
        }
    };
    if n > 0 {
        // 3.10 inserts GEN_START after computing the depth: the frame starts with the
        // value sent to a new generator, which it pops.
        let start = i64::from(v == PyVersion::V3_10 && instrs[0].op == Op::GEN_START);
        depth[0] = Some(start);
        work.push(0);
    }
    while let Some(i) = work.pop() {
        let ins = &instrs[i];
        let d = depth[i].unwrap_or(0);
        let arg = layout.args[i];
        let eff = |jump: bool| {
            ins.op.stack_effect(v, arg, Some(jump)).ok_or_else(|| {
                AsmError::new(
                    ins.span,
                    format!("{} has no stack effect for argument {arg} in {v}", ins.op),
                )
            })
        };
        let e = eff(false)?;
        // 3.11/3.12's dis gives RETURN_GENERATOR no effect: CPython inserts it (and the
        // POP_TOP after it) once the depth is computed. At run time the resumed frame
        // finds the sent value there, so the flow continues one deeper; the maximum does
        // not count it, as CPython's does not.
        let hidden_push = ins.op == Op::RETURN_GENERATOR && e == 0;
        let after = d + i64::from(e) + i64::from(hidden_push);
        if after < 0 {
            return Err(AsmError::new(
                ins.span,
                format!(
                    "stack underflow: {} needs more than the {d} item(s) on the stack",
                    ins.op
                ),
            ));
        }
        if !hidden_push {
            max = max.max(after);
        }
        // Exception edge.
        if let Some(k) = handlers.get(i).copied().flatten() {
            let t = &tries[k];
            let td = match try_depths[k] {
                Some(td) => i64::from(td),
                None => {
                    let s = label_at(&t.start);
                    let td = depth.get(s).copied().flatten().unwrap_or(d);
                    try_depths[k] = Some(td as u32);
                    td
                }
            };
            let hd = td + 1 + i64::from(t.lasti);
            max = max.max(hd);
            let h = label_at(&t.handler);
            if h >= n {
                return Err(AsmError::new(
                    t.span,
                    "exception handler label is at the end of the code",
                ));
            }
            reach(h, hd, ins, &mut depth, &mut work)?;
        }
        // Jump edge.
        if ins.op.is_jump(v) {
            let target = match &ins.arg {
                Arg::Label(l) => label_at(l),
                _ => {
                    let own = (layout.starts[i] + layout.sizes[i]
                        - 1
                        - u32::from(ins.op.cache_entries(v)))
                        * 2;
                    let t = ins
                        .op
                        .jump_target(v, own, arg)
                        .and_then(|b| by_start(b / 2));
                    t.ok_or_else(|| {
                        AsmError::new(
                            ins.span,
                            format!("{} #{arg} does not land on an instruction", ins.op),
                        )
                    })?
                }
            };
            let ej = eff(true)?;
            let dj = d + i64::from(ej);
            if dj < 0 {
                return Err(AsmError::new(
                    ins.span,
                    format!("stack underflow when {} jumps", ins.op),
                ));
            }
            max = max.max(dj);
            if target >= n {
                return Err(AsmError::new(
                    ins.span,
                    format!("{} jumps past the last instruction", ins.op),
                ));
            }
            reach(target, dj, ins, &mut depth, &mut work)?;
        }
        if !ends_flow(ins.op) {
            reach(i + 1, after, ins, &mut depth, &mut work)?;
        }
    }
    // 3.13 computes the depth before folding LOAD_CONST + RETURN_VALUE into
    // RETURN_CONST, so no code object has a stack size of 0.
    if v >= PyVersion::V3_13 {
        max = max.max(1);
    }
    Ok(Flow {
        max_depth: max as u32,
        try_depths,
    })
}
