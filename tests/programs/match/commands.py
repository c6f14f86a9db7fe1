# Command parsing with match on split strings: star captures, or-patterns, guards.
def handle(line):
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit" | "q"]:
            return "quit"
        case ["go", direction] if direction in ("n", "s", "e", "w"):
            return f"go {direction}"
        case ["go", direction]:
            return f"unknown direction {direction!r}"
        case ["go"]:
            return "go where?"
        case ["take", *objs] if objs:
            return "take " + ", ".join(objs)
        case ["drop", obj, "in", container]:
            return f"drop {obj} into {container}"
        case ["say", *words]:
            return " ".join(words) or "(silence)"
        case [cmd, *args]:
            return f"unknown command {cmd} with {len(args)} args"


for line in ["", "quit", "q", "go n", "go up", "go", "take", "take key lamp", "drop key in box", "say", "say hello world", "dance wildly now"]:
    print(repr(line), "->", handle(line))


def state_machine(events):
    state = "idle"
    log = []
    for ev in events:
        match (state, ev):
            case ("idle", "start"):
                state = "running"
            case ("running", "pause"):
                state = "paused"
            case ("paused", "resume"):
                state = "running"
            case ("running" | "paused", "stop"):
                state = "idle"
            case (_, "reset"):
                state = "idle"
            case (s, e):
                log.append(f"ignored {e} in {s}")
        log.append(state)
    return log


print(state_machine(["start", "pause", "start", "resume", "stop", "stop", "start", "reset"]))
