// A workspace whose members' tests do everything the `run` input must cope
// with, for the e2e and screenshot tests: `core` passes (and checks the
// directory and the variables it runs with), `api` (which installs core)
// passes while printing text that looks like workflow commands and terminal
// escapes, `bad` fails an assertion, `slow` starts a grandchild and hangs
// past `run-timeout`. Tests are stdlib unittest, so nothing is downloaded.
import type { ActionFixtureOptions } from './action-e2e.js';

const CORE_TEST = `import os, unittest

class CoreTest(unittest.TestCase):
    def test_where_it_runs(self):
        self.assertEqual(os.environ["UVWS_MEMBER"], "core")
        self.assertEqual(os.environ["UVWS_MEMBER_PATH"], "packages/core")
        self.assertTrue(os.getcwd().replace(os.sep, "/").endswith("/packages/core"), os.getcwd())
        print("core: ran in its own directory")
`;

const API_TEST = `import sys, unittest
import core

class ApiTest(unittest.TestCase):
    def test_prints_commands(self):
        print("::error title=forged::pwned by a test")
        print("::add-mask::secret")
        print("  ::warning file=x.py::indented forgery")
        print("##[error]legacy forgery")
        print("::endgroup::")
        print("\\x1b]8;;https://evil.example\\x1b\\\\click\\x1b]8;;\\x1b\\\\")
        print("api: printed its hostile lines")
        sys.stdout.flush()
`;

const BAD_TEST = `import unittest

class BadTest(unittest.TestCase):
    def test_arithmetic(self):
        print("bad: about to fail")
        self.assertEqual(1 + 1, 3, "bad arithmetic in bad")
`;

const SLOW_TEST = `import subprocess, sys, time, unittest

class SlowTest(unittest.TestCase):
    def test_hangs(self):
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        with open("grandchild.pid", "w") as f:
            f.write(str(child.pid))
        print("slow: started a grandchild, now hanging", flush=True)
        time.sleep(600)
`;

export const RUN_FIXTURE: ActionFixtureOptions = {
  workspace: {
    members: [
      { name: 'core', path: 'packages/core' },
      { name: 'api', path: 'packages/api', dependencies: ['core'] },
      { name: 'bad', path: 'packages/bad' },
      { name: 'slow', path: 'packages/slow' },
    ],
  },
  wheels: [],
  files: {
    'packages/core/tests/test_core.py': CORE_TEST,
    'packages/api/tests/test_api.py': API_TEST,
    'packages/bad/tests/test_bad.py': BAD_TEST,
    'packages/slow/tests/test_slow.py': SLOW_TEST,
  },
};

/** The command, with quotes the splitter removes (never a shell: `*` stays a word). */
export const RUN_COMMAND = 'python -m unittest discover -s tests -p "test_*.py" -v';

/** `run-timeout` in minutes: long enough for a loaded machine to run the fast members, short enough to wait for. */
export const RUN_TIMEOUT_MINUTES = '0.25';
