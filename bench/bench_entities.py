"""Cost of the ``diplomatica_entities`` component as a fraction of the stock spaCy pipeline.

Both are timed in one run on the two seed documents; the figure is ``component_fraction`` =
component seconds ÷ stock pipeline seconds (the rules must stay far cheaper than the model).
"""

from __future__ import annotations

import json
import sys

import spacy

from common import SEEDS, best_of
from diplomatica.config import load_settings
from diplomatica.nlp.extensions import register


def main() -> None:
    """Print the stock pipeline time, the component time and their ratio as JSON."""
    register()
    nlp = spacy.load(load_settings().model)
    nlp.add_pipe("diplomatica_time")
    nlp.add_pipe("diplomatica_entities")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    component = nlp.get_pipe("diplomatica_entities")
    with nlp.select_pipes(disable=["diplomatica_entities"]):
        docs = [nlp(t) for t in texts]
        stock = best_of(3, lambda: [nlp(t) for t in texts])
    own = best_of(3, lambda: [component(doc) for doc in docs])
    print(
        json.dumps(
            {
                "stock_pipeline_s": round(stock, 3),
                "entities_component_s": round(own, 3),
                "component_fraction": round(own / stock, 3),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
