"""followup as a user installs it: the built wheel in a fresh virtual environment, run from there.

Builds the wheel from this tree, installs it (with its dependencies) into a new venv the way pipx would, and checks
from outside the repository that the installed copy is the whole app: one `followup` package (no top-level `core` or
`tui`), the themes, templates and style sheets as package data, the version from its metadata, `check` and
`export` on a demo session, and `followup --demo` drawing the editor in the light theme the config asks for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from _term import Term, clean_env  # noqa: E402  (the benchmarks' pty harness: a screen model over a real pty)

pytestmark = pytest.mark.xdist_group("wheel")

NOW = "2026-11-25T17:07:00-05:00"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the venv's bin folder, its site-packages) with the freshly built wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert built.returncode == 0, built.stderr
    wheels = list(dist.glob("followup-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    done = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])],
        capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr
    site = Path(subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip())
    return bin_dir, site


def _run(bin_dir: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / "followup"), *args], capture_output=True, text=True, env=clean_env(home), cwd=home,
        timeout=120,
    )


def test_one_package_with_its_data(installed):
    _, site = installed
    assert not (site / "core").exists() and not (site / "tui").exists(), "installs top-level core/ or tui/"
    package = site / "followup"
    themes = sorted(p.name for p in (package / "themes").glob("*.toml"))
    assert themes == sorted(p.name for p in (REPO / "themes").glob("*.toml"))
    assert sorted(p.name for p in (package / "core" / "templates").glob("*.j2")) == sorted(
        p.name for p in (REPO / "core" / "templates").glob("*.j2"))
    assert sorted(p.name for p in (package / "tui" / "styles").glob("*.tcss")) == sorted(
        p.name for p in (REPO / "tui" / "styles").glob("*.tcss"))


def test_version_comes_from_the_metadata(installed, tmp_path):
    bin_dir, _ = installed
    wanted = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = _run(bin_dir, tmp_path, "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"followup {wanted}"


def test_check_and_export_run_from_the_installed_copy(installed, tmp_path):
    bin_dir, _ = installed
    session = tmp_path / "demo.toml"
    made = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import sys; from datetime import datetime; from followup.core.demo import demo_session; "
         "from followup.core.store import save; save(demo_session(datetime.fromisoformat(sys.argv[1])), sys.argv[2])",
         NOW, str(session)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    checked = _run(bin_dir, tmp_path, "check", str(session), "--json", "--now", NOW)
    assert checked.returncode in (0, 1), checked.stderr
    assert checked.stdout, checked.stderr
    report = json.loads(checked.stdout)
    assert len(report["drafts"]) >= 4 and all("score" in d for d in report["drafts"])
    out = tmp_path / "out"
    exported = _run(bin_dir, tmp_path, "export", str(session), "--format", "txt", "--out", str(out), "--force")
    assert exported.returncode == 0, exported.stderr + exported.stdout
    assert len(list(out.glob("*.txt"))) == len(report["drafts"])
    assert "Traceback" not in checked.stderr + exported.stderr


def test_demo_opens_in_the_configured_light_theme(installed, tmp_path):
    bin_dir, _ = installed
    env = clean_env(tmp_path)
    config = Path(env["FOLLOWUP_CONFIG"])
    config.parent.mkdir(parents=True)
    config.write_text('theme = "followup-light"\n', encoding="utf-8")
    background = tomllib.loads((REPO / "themes" / "followup-light.toml").read_text())["background"]
    r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    with Term([str(bin_dir / "followup"), "--demo"], env, cwd=tmp_path) as term:
        term.wait_for(lambda s: s.full and "Subject" in s.text(), 60, "the demo's editor")
        os.write(term.master, b"\x11")  # ctrl+q
        try:  # keep reading (a full pty would block the app's last frames) until it exits
            term.wait_for(lambda s: term.process.poll() is not None, 30, "followup to quit")
        except RuntimeError:  # the pty closed as it exited
            pass
        term.process.wait(timeout=5)
        painted = bytes(term.raw)
    assert term.process.returncode == 0, painted[-2000:]
    assert f"48;2;{r};{g};{b}".encode() in painted, "the light theme's background was never drawn"
