# _opcode.stack_effect / dis.stack_effect over the 3.11 opcode table.
import _opcode
import dis
import opcode


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in sorted(opcode.opmap):
    op = opcode.opmap[name]
    out = []
    for arg in ((None,) if op < opcode.HAVE_ARGUMENT else (0, 1, 2, 3, 7, 256, 258)):
        for jump in (None, False, True):
            try:
                if arg is None:
                    out.append(_opcode.stack_effect(op, jump=jump))
                else:
                    out.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError:
                out.append("E")
    print(name, out)

lc = opcode.opmap["LOAD_CONST"]
t(lambda: dis.stack_effect(lc, 0))
t(lambda: _opcode.stack_effect(lc))
t(lambda: _opcode.stack_effect(opcode.opmap["POP_TOP"], 1))
t(lambda: _opcode.stack_effect(opcode.opmap["POP_TOP"], None))
t(lambda: _opcode.stack_effect(300, 0))
t(lambda: _opcode.stack_effect("x"))
t(lambda: _opcode.stack_effect(lc, "x"))
t(lambda: _opcode.stack_effect(lc, 0, jump=2))
t(lambda: _opcode.stack_effect(lc, 0, bogus=2))
t(lambda: _opcode.stack_effect())
t(lambda: _opcode.stack_effect(1, 2, 3))
t(lambda: _opcode.stack_effect(2**40))
t(lambda: _opcode.get_specialization_stats())
