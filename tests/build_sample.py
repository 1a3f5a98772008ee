"""Build the tests' shared sample index ahead of the tests that read it.

./test.sh starts this beside the pytest workers (``KB_TEST_SHARED_SAMPLE`` names the folder):
the index is embedded while the tests that do not need it run, instead of one worker building
it and the other waiting when both reach the tests that do. The fixture takes the same lock, so
a worker that gets there first builds it, and one that comes while this runs waits for it.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import shared_sample  # noqa: E402

if __name__ == "__main__":
    shared_sample(Path(os.environ["KB_TEST_SHARED_SAMPLE"]))
