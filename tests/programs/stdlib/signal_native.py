import _signal as signal
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler called", signum)
old = signal.signal(signal.SIGUSR1, handler)
print("old", old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print("SIGINT handled by Python")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN))
signal.raise_signal(signal.SIGUSR2)
print("ignored")
for bad in [0, 1000, -1]:
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print(e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()), signal.SIGUSR1 in signal.valid_signals())
print(signal.alarm(0))
def raising(s, f):
    raise ValueError("from handler")
signal.signal(signal.SIGUSR1, raising)
try:
    signal.raise_signal(signal.SIGUSR1)
except ValueError as e:
    print("propagated", e)
