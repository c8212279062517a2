"""The documentation kept true by the test run: the CLI reference (docs/cli.md) is what the commands'
own --help prints, every relative link of README.md and docs/ leads to a file (and heading) that
exists, the README's test command is the one CI runs, and docs/example-record.json is what the
extractor gives for the seed today (regenerated only with UPDATE_GOLDEN=1)."""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
from pathlib import Path

import pytest
from support import update_golden_requested

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CLI_PAGE = DOCS / "cli.md"
EXAMPLE = DOCS / "example-record.json"
SEED = "seeds/000_97f4a4b276ce1213.txt"
REGENERATE_CLI = "docs/cli.md is out of date with the commands' --help: regenerate it with `cog -r docs/cli.md`"


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md")), ROOT / "benchmarks" / "README.md"]


# -- the CLI reference -------------------------------------------------------------------------------


def test_cli_reference_matches_the_commands_help():
    from cogapp import Cog

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = Cog().main(["cog", "--check", "--diff", "--check-fail-msg", "run: cog -r docs/cli.md", str(CLI_PAGE)])
    assert status == 0, f"{REGENERATE_CLI}\n{out.getvalue()[-4000:]}{err.getvalue()[-2000:]}"


def test_cli_reference_lists_every_command():
    import click

    from extractor.cli import main

    def names(group: click.Group, path: tuple[str, ...] = ()):
        for name, command in group.commands.items():
            yield " ".join((*path, name))
            if isinstance(command, click.Group):
                yield from names(command, (*path, name))

    page = CLI_PAGE.read_text(encoding="utf-8")
    missing = [n for n in names(main) if f"\n## tennis-extract {n}\n" not in page]
    assert missing == [], REGENERATE_CLI


# -- links -------------------------------------------------------------------------------------------

RE_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
RE_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
RE_CODE = re.compile(r"`[^`\n]*`")
RE_LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
RE_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)


def prose(text: str) -> str:
    """The text without code blocks, code spans and comments (a link there is an example, or the
    code that generates a page)."""
    return RE_CODE.sub("", RE_FENCE.sub("", RE_COMMENT.sub("", text)))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    kept = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LN")
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for heading in RE_HEADING.findall(RE_FENCE.sub("", path.read_text(encoding="utf-8"))):
        base = slug(heading)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(path: Path) -> list[str]:
    return RE_LINK.findall(prose(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_somewhere(page):
    broken = []
    for target in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        dest = (page.parent / file_part).resolve() if file_part else page
        if ROOT not in dest.parents and dest != ROOT:
            broken.append(f"{target}: leaves the repository (name ../shared files in code, not as links)")
        elif not dest.exists():
            broken.append(f"{target}: no such file")
        elif anchor and (dest.suffix != ".md" or anchor not in anchors(dest)):
            broken.append(f"{target}: no heading #{anchor} in {dest.relative_to(ROOT)}")
    assert not broken, f"{page.relative_to(ROOT)}: broken links:\n" + "\n".join(broken)


def test_every_docs_page_is_linked_from_the_readme_and_the_index():
    readme = set(links(ROOT / "README.md"))
    index = set(links(DOCS / "README.md"))
    for page in sorted(DOCS.glob("*.md")):
        if page.name == "README.md":
            continue
        assert f"docs/{page.name}" in {t.partition("#")[0] for t in readme}, f"README.md does not link {page.name}"
        assert page.name in {t.partition("#")[0] for t in index}, f"docs/README.md does not link {page.name}"


def test_slugs_follow_github():
    assert slug("Confidence: review by doubt and the machine's acceptances") == (
        "confidence-review-by-doubt-and-the-machines-acceptances"
    )
    assert slug("`tennis-extract users add`") == "tennis-extract-users-add"
    assert slug("Scores: `parse_score`") == "scores-parse_score"


# -- the set-up commands -----------------------------------------------------------------------------


def test_ci_runs_exactly_the_readmes_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Set up", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[1] in ci, f".ci/run must run the README's test command {commands[1]!r}"


# -- the example record ------------------------------------------------------------------------------


@pytest.mark.model
def test_example_record_is_a_fresh_extraction_of_the_seed(extractor):
    """docs/example-record.json is `tennis-extract extract SEED --pretty` run from the repository
    root. Rule changes change it: rerun with UPDATE_GOLDEN=1 to regenerate it, and read the diff."""
    from extractor.io import read_txt, record_json

    item = read_txt(ROOT / SEED)
    item.source = SEED  # as the command names it, run from the repository root
    fresh = record_json(next(extractor.extract_many([item])), pretty=True) + "\n"
    if update_golden_requested():
        EXAMPLE.write_text(fresh, encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8") == fresh, (
        "docs/example-record.json is not what the extractor gives for the seed today; "
        "regenerate it with UPDATE_GOLDEN=1 (never in CI) and check the diff"
    )
