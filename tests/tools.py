"""Where the tests find the checkers nobody here wrote (npm packages, not test dependencies): a
variable naming the file, else ./node_modules, /tmp/node_modules or any /tmp/*/node_modules.
A test that needs one is skipped, with the reason, when it is absent."""

import glob
import os
from pathlib import Path


def node_tool(variable: str, relative: str) -> Path | None:
    """The file `relative` of an npm package (e.g. "axe-core/axe.min.js"), or None."""
    given = os.environ.get(variable)
    candidates = [given] if given else []
    candidates += [str(Path.cwd() / "node_modules" / relative), f"/tmp/node_modules/{relative}"]
    candidates += sorted(glob.glob(f"/tmp/*/node_modules/{relative}"))
    return next((Path(c) for c in candidates if Path(c).is_file()), None)


VNU = node_tool("VNU_JAR", "vnu-jar/build/dist/vnu.jar")
AXE = node_tool("AXE_CORE", "axe-core/axe.min.js")
