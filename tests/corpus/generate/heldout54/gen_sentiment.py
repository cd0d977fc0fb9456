"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

TF-IDF and logistic regression printing as HeyShivansh/sentiment-analysis-model ``train.py``:
``Loading dataset...``, ``Cleaning text...``, ``Vectorizing text...``, ``Training model...``,
``Evaluating model...``, ``f"Validation Accuracy: {acc:.4f}"``, then scikit-learn's
``classification_report`` table (per-class precision, recall, f1-score and support rows,
``accuracy``, ``macro avg``, ``weighted avg``), ``Saving model and vectorizer...`` and
``Training complete!``. The original uses 100,000 Amazon polarity reviews; here 600 synthetic
reviews from two small vocabularies with shared words, an 80/20 split, no files written.

Truth: ``Validation Accuracy`` (no step). The report's numbers are optional (per-class
precision, recall, f1-score; the supports are counts); its accuracy row repeats the validation
accuracy (at two decimals).
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import re

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, classification_report, precision_recall_fscore_support
    from sklearn.model_selection import train_test_split

    rng = np.random.default_rng(15)
    pos = "great love excellent fine happy works perfect good nice recommend".split()
    neg = "bad broke awful poor sad return waste terrible slow never".split()
    common = "the product it this was and very item quality price time".split()
    print("Loading dataset...")
    texts, labels = [], []
    for k in range(600):
        lab = k % 2
        own = pos if lab else neg
        other = neg if lab else pos
        words = list(rng.choice(common, 6)) + list(rng.choice(own, 2)) + list(rng.choice(other, 1))
        rng.shuffle(words)
        texts.append(" ".join(words).upper() + "!")
        labels.append(lab)
    print("Cleaning text...")

    def clean_text(t):
        return re.sub(r"[^a-z ]", "", t.lower())

    texts = [clean_text(t) for t in texts]
    X_train, X_val, y_train, y_val = train_test_split(texts, labels, test_size=0.2, random_state=42)
    print("Vectorizing text...")
    vectorizer = TfidfVectorizer(max_features=5000, ngram_range=(1, 2))
    X_train_vec = vectorizer.fit_transform(X_train)
    X_val_vec = vectorizer.transform(X_val)
    print("Training model...")
    model = LogisticRegression(max_iter=1000)
    model.fit(X_train_vec, y_train)
    print("Evaluating model...")
    preds = model.predict(X_val_vec)
    acc = accuracy_score(y_val, preds)
    print(f"Validation Accuracy: {acc:.4f}")
    print(classification_report(y_val, preds))
    print("Saving model and vectorizer...")
    print("Training complete!")
    truth = Truth()
    truth.add(**{"Validation Accuracy": acc})
    p, r, f, s = precision_recall_fscore_support(y_val, preds)
    for name, vals in (("precision", p), ("recall", r), ("f1-score", f), ("support", s)):
        for v in vals:
            truth.allow(**{name: v})
        if name != "support":
            truth.allow(**{name: np.mean(vals)})
            truth.allow(**{name: np.average(vals, weights=s)})
    truth.allow(accuracy=acc)
    truth.write("accuracy_score and precision_recall_fscore_support on the same predictions",
                libraries=("scikit-learn",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"sentiment": run}, root=HELDOUT54)
