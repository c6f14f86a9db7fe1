# socket: socketpair over AF_UNIX, blocking modes, timeouts, errors, enums
import socket, select, selectors

a, b = socket.socketpair()
print(a.family, b.type, a.proto, type(a).__name__)
print(a.fileno() >= 0, a.gettimeout(), a.getblocking())
a.sendall(b"hello")
print(b.recv(100))
b.setblocking(False)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
b.settimeout(0.01)
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, socket.timeout is TimeoutError)
print(socket.error is OSError, issubclass(socket.gaierror, OSError), socket.gaierror.__module__)
print(select.select([b], [a], [], 0)[1] == [a], select.select([b], [], [], 0)[0])
a.send(b"x")
p = select.poll()
p.register(b, select.POLLIN)
print([(fd == b.fileno(), ev & select.POLLIN) for fd, ev in p.poll(100)])
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, "data")
print([(k.data, ev) for k, ev in sel.select(0.1)])
sel.close()
print(b.recv(1))
with a, b:
    pass
print(a.fileno(), b._closed)
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
print(socket.htons(1), socket.ntohl(1), socket.AF_UNIX, socket.SOCK_STREAM == 1)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockname()[0], s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.close()
