"""secondvictim: a pocket guide for supporting a colleague after an adverse event associated with care."""

__version__ = "0.1.0"
