"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Association rules with efficient-apriori (PyPI ``efficient-apriori``): 400 seeded shopping
baskets drawn from twelve items with a few planted associations, mined with
``apriori(transactions, min_support=0.08, min_confidence=0.55)``; the rules with one item on the
right-hand side, sorted by lift, the first ten printed with ``print(rule)``, which writes
``{bread, butter} -> {jam} (conf: 0.712, supp: 0.101, lift: 2.468, conv: 2.471)``. A first line
says how many rules were found (a count). A rule whose confidence is 1 has a conviction that
the library computes with a tiny denominator (``597500000.000``): a value as it gives it.

Truth: each printed rule's ``confidence``, ``support``, ``lift`` and ``conviction`` attributes,
under the printed labels ``conf``, ``supp``, ``lift`` and ``conv``, in printed order; the rule
count optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main

ITEMS = ["bread", "butter", "jam", "milk", "eggs", "coffee", "tea", "sugar", "apples",
         "cheese", "wine", "crackers"]


def baskets(rng):
    out = []
    for _ in range(400):
        basket = {item for item in ITEMS if rng.random() < 0.12}
        if rng.random() < 0.35:
            basket |= {"bread", "butter"}
            if rng.random() < 0.6:
                basket.add("jam")
        if rng.random() < 0.25:
            basket |= {"coffee", "milk"}
            if rng.random() < 0.5:
                basket.add("sugar")
        if rng.random() < 0.2:
            basket |= {"wine", "cheese"}
            if rng.random() < 0.7:
                basket.add("crackers")
        out.append(tuple(sorted(basket)))
    return out


def run() -> None:
    import numpy as np
    from efficient_apriori import apriori

    rng = np.random.default_rng(21)
    transactions = baskets(rng)
    _, rules = apriori(transactions, min_support=0.08, min_confidence=0.55)
    rules = sorted((r for r in rules if len(r.rhs) == 1), key=lambda r: -r.lift)
    truth = Truth()
    print(f"{len(rules)} rules with one item on the right; the 10 with the highest lift:")
    truth.allow(rules=len(rules))
    for rule in rules[:10]:
        print(rule)
        truth.add(conf=rule.confidence, supp=rule.support, lift=rule.lift,
                  conv=rule.conviction)
    truth.write("efficient-apriori: each printed rule's confidence, support, lift and "
                "conviction attributes under the printed labels conf, supp, lift, conv; the "
                "rule count optional", libraries=("efficient-apriori",),
                params={"min_support": 0.08, "min_confidence": 0.55},
                rel=1e-9, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"efficient-apriori": run}, root=HELDOUT21)
