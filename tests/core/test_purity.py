"""`core` stays pure: importing all of it loads no Textual, and no module reads the clock."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_importing_every_core_module_loads_no_textual():
    code = (
        "import importlib, pkgutil, sys\nimport followup.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'followup.core.') if not m.name.endswith('__main__')]\n"
        "for name in names: importlib.import_module(name)\n"
        "import followup.core.render, followup.core.export, followup.core.store\n"
        "from followup.core.demo import demo_session\n"
        "from followup.core.render import starter_draft\n"
        "from datetime import datetime, timezone\n"
        "s = demo_session(datetime(2026, 11, 25, 17, tzinfo=timezone.utc))\n"
        "starter_draft(s, 0)\n"
        "print(len(names), sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=CORE.parent)
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert int(count) >= 8  # really walked the package
    assert loaded.strip() == "[]"


def test_no_core_module_reads_the_clock():
    pattern = re.compile(r"datetime\.now\(|datetime\.today\(|date\.today\(|time\.time\(|time\.monotonic\(|utcnow\(")
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(CORE.parent)}:{number}: {line.strip()}")
    assert offenders == []
