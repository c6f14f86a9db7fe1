# conform: files _support/ipkg
print("before")
import ipkg.broken
