"""Prints which Python runs it and the arguments it got: a tiny app for distroless images."""
import platform
import sys

print(f"Hello from Python {platform.python_version()} at {sys.executable}")
print(f"arguments: {sys.argv[1:]}")
