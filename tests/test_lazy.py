"""The lazy package faces (extractor, extractor.db): names resolve on first use, unknown ones fail."""

import subprocess
import sys

import pytest

import extractor
import extractor.db


@pytest.mark.parametrize(
    ("package", "name", "module"),
    [(extractor, "parse_score", "extractor.scores"), (extractor.db, "fold", "extractor.db.registry")],
)
def test_a_listed_name_comes_from_its_module_and_is_listed(package, name, module):
    value = getattr(package, name)
    assert value is getattr(sys.modules[module], name)
    assert name in dir(package) and name in package.__all__


@pytest.mark.parametrize("package", [extractor, extractor.db])
def test_an_unknown_name_is_an_attribute_error_naming_the_package(package):
    with pytest.raises(AttributeError, match=rf"module '{package.__name__}' has no attribute 'nope'"):
        package.nope  # noqa: B018


def test_importing_the_faces_loads_neither_spacy_nor_the_loader():
    code = "import sys, extractor, extractor.db; print('spacy' in sys.modules, 'extractor.db.loader' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
