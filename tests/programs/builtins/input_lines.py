# conform: stdin "3\n10 20 30\nhello world\n"
import sys

n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums))
line = sys.stdin.readline()
print(repr(line))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
