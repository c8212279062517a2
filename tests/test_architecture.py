"""The shape of the code, checked in every run: the import layers (import-linter contracts in
pyproject.toml), ruff's lint and format, module sizes and names, and which entry points load spaCy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "extractor"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True)


def test_imports_follow_the_layer_contracts():
    done = run(tool("lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_ruff_lint_passes():
    done = run(tool("ruff"), "check", ".")
    assert done.returncode == 0, done.stdout[-3000:]


def test_ruff_format_is_applied():
    done = run(tool("ruff"), "format", "--check", ".")
    assert done.returncode == 0, done.stdout[-3000:]


def package_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_at_most_ten_modules_directly_in_the_package():
    direct = [p.name for p in PACKAGE.glob("*.py")]
    assert len(direct) <= 10, sorted(direct)


def test_no_two_modules_share_a_file_name():
    names = Counter(p.name for p in package_modules() if p.name != "__init__.py")
    assert [n for n, k in names.items() if k > 1] == []


def test_no_module_is_over_450_lines():
    long = {str(p.relative_to(ROOT)): n for p in package_modules() if (n := len(p.read_text().splitlines())) > 450}
    assert long == {}


@pytest.mark.parametrize(
    "statement",
    [
        "import extractor",
        "import extractor.cli",
        "import extractor.db",
        "import extractor.scores",
        "import extractor.review.app",
        "from extractor import parse_score",
    ],
)
def test_light_imports_load_no_spacy(statement):
    code = f"import sys; {statement}; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def cli_loads_spacy(args: list[str], tmp_path: Path) -> tuple[int, bool, str]:
    """Run the CLI in a fresh interpreter and say whether spaCy was imported by the time it ended."""
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('SPACY=' + str('spacy' in sys.modules), file=sys.stderr))\n"
        "from extractor.cli import main\n"
        f"main({args!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    return done.returncode, "SPACY=True" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["users", "list", "--db", "sqlite:///{db}"],
        ["load", "{records}", "--db", "sqlite:///{db}"],
        ["export", "--db", "sqlite:///{db}", "-o", "{out}"],
        ["export", "--db", "sqlite:///{db}", "-o", "{out}", "--min-confidence", "0.5"],
        ["load", "{records}", "--db", "sqlite:///{db}", "--auto-accept", "0.9"],
        ["review", "--help"],
        ["quality", "--db", "sqlite:///{db}"],
    ],
)
def test_database_and_review_commands_start_without_spacy(args, tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text((ROOT / "fixtures" / "db" / "records.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    filled = [a.format(db=tmp_path / "t.db", records=records, out=tmp_path / "out.jsonl") for a in args]
    if filled[0] != "load" and filled[0] != "--help" and filled[-1] != "--help":
        cli_loads_spacy(["load", str(records), "--db", f"sqlite:///{tmp_path / 't.db'}"], tmp_path)
    code, spacy_loaded, output = cli_loads_spacy(filled, tmp_path)
    assert code == 0, output[-2000:]
    assert not spacy_loaded, output[-2000:]
