"""The source tests use the local web site of tests/localsite.py."""

from tests.localsite import fast_limits, site  # noqa: F401 (fixtures)
