# pwd and grp: lookups by id and name, struct sequences, errors.
import grp
import pwd


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


root = pwd.getpwuid(0)
print(root)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, isinstance(root, tuple))
print(pwd.struct_passwd.__module__, type(root).__module__)
all_users = pwd.getpwall()
print(root in all_users, all(isinstance(p, pwd.struct_passwd) for p in all_users))
t(lambda: pwd.getpwuid(999999))
t(lambda: pwd.getpwuid(-5))
t(lambda: pwd.getpwnam("no such user"))
t(lambda: pwd.getpwuid("x"))
t(lambda: pwd.getpwnam(1))
t(lambda: pwd.getpwuid())

g = grp.getgrgid(0)
print(g)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, len(g))
print(grp.getgrnam(g.gr_name) == g, g in grp.getgrall())
t(lambda: grp.getgrgid(999999))
t(lambda: grp.getgrnam("nosuchgroup"))
t(lambda: grp.getgrgid("x"))
t(lambda: grp.getgrnam(3))
print(sorted(n for n in dir(pwd) if not n.startswith("_")))
print(sorted(n for n in dir(grp) if not n.startswith("_")))
for f in (pwd.getpwnam, grp.getgrgid, grp.getgrnam, pwd.getpwall, grp.getgrall):
    for a in ((), (1, 2)):
        t(lambda: f(*a))
t(lambda: grp.getgrgid(-5))
t(lambda: grp.getgrgid(2**40))
t(lambda: pwd.getpwuid(2**40))
t(lambda: pwd.getpwuid(-1))
t(lambda: grp.getgrgid(id=0).gr_gid)
