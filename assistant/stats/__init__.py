"""The statistics engine: read a question (``form``), resolve it against the tables
(``profile``, ``resolve``), and compute the answer with fixed pandas operations (``query``,
``compute``). Nothing generated is ever executed.

Follow one question: ``read_form`` → ``Resolver.read`` (candidates from the search index,
features, fitted probability) → ``StatQuery`` → ``compute`` (``query.run`` on the frame) → text,
figures, reading line and the pandas code of the same steps.
"""
from .compute import StatResult, compute
from .form import Form, Op, read_form
from .profile import Profile, build_profiles
from .query import StatQuery
from .reading import Context, Reading
from .resolve import Resolver

__all__ = [
    "Context",
    "Form",
    "Op",
    "Profile",
    "Reading",
    "Resolver",
    "StatQuery",
    "StatResult",
    "build_profiles",
    "compute",
    "read_form",
]
