"""A tiny interactive calculator: evaluates arithmetic like `2 * (3 + 4)` safely.

It uses simpleeval (https://pypi.org/project/simpleeval/) instead of Python's eval(), which
would run any code a user types. Run it with `docker run -it IMAGE`.
"""

import sys

from simpleeval import InvalidExpression, simple_eval


def main() -> None:
    print("Calculator: type an expression like 2 * (3 + 4), or quit to exit.")
    for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("> "), None):
        line = line.strip()
        if line in ("quit", "exit"):
            return
        if not line:
            continue
        try:
            print(simple_eval(line))
        except (InvalidExpression, SyntaxError, ZeroDivisionError) as err:
            print(f"error: {err}")


if __name__ == "__main__":
    try:
        main()
    except (EOFError, KeyboardInterrupt):
        pass
