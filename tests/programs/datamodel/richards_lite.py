class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
    def runnable(self):
        return self.done < self.work
    def step(self):
        self.done += 1
        return self.done
    def __lt__(self, o):
        return (self.priority, self.name) < (o.priority, o.name)
    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, {self.done}/{self.work})"
class IdleTask(Task):
    def step(self):
        super().step()
        return 0
class Scheduler:
    def __init__(self):
        self.tasks = []
        self.trace = []
    def add(self, t):
        self.tasks.append(t)
        return self
    def __len__(self):
        return len([t for t in self.tasks if t.runnable()])
    def __iter__(self):
        return iter(sorted([t for t in self.tasks if t.runnable()]))
    def run(self):
        rounds = 0
        while len(self):
            for t in self:
                r = t.step()
                self.trace.append((t.name, r))
            rounds += 1
        return rounds
s = Scheduler().add(Task("b", 2, 3)).add(Task("a", 1, 2)).add(IdleTask("idle", 9, 1))
print(len(s), list(s))
print(s.run(), s.trace, s.tasks, len(s))
