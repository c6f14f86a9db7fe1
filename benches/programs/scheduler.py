class Task:
    def __init__(self, name, prio, work):
        self.name = name
        self.prio = prio
        self.work = work
        self.done = 0

    def runnable(self):
        return self.done < self.work

    def step(self):
        self.done += 1
        return self.done

    def __lt__(self, other):
        return self.prio < other.prio


class Idle(Task):
    def step(self):
        super().step()
        return 0


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.steps = 0

    def add(self, t):
        self.tasks.append(t)

    def run(self):
        live = sorted(self.tasks)
        while live:
            nxt = []
            for t in live:
                self.steps += 1
                t.step()
                if t.runnable():
                    nxt.append(t)
            live = nxt
        return self.steps


s = Scheduler()
for i in range(200):
    s.add(Task("t%d" % i, i % 7, 200 + i % 13) if i % 5 else Idle("idle%d" % i, 9, 150))
print(s.run())
