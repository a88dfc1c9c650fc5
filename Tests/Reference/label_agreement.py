#!/usr/bin/env python3
"""How often two papers that surely belong together share an arXiv primary category.

A measuring script for the README's quality section (not part of the product or of the
test suite). It asks how far precision@10 by primary category can go on the dev set, by
looking at pairs of papers whose kinship does not depend on any similarity engine:

1. pairs that share author names (the same group, more surely the more names they share);
2. with --related FILE (the output of `paperboat related --json -` over a library imported
   from the corpus without its categories), the engine's own neighbours, by the score it
   gave them: do even near-identical papers share their primary category?

Usage:
    python3 Tests/Reference/label_agreement.py ../shared/data/arxiv-dev.jsonl [--related FILE]
"""
import argparse
import collections
import itertools
import json


def load(path):
    with open(path, encoding="utf-8") as corpus:
        return [json.loads(line) for line in corpus if line.strip()]


def author_pairs(papers, max_papers):
    """Per pair of papers, how many author names (case folded) they share, counting only
    names on at most `max_papers` papers (None: every name)."""
    by_name = collections.defaultdict(list)
    for i, paper in enumerate(papers):
        for name in {a.lower() for a in paper.get("authors") or []}:
            by_name[name].append(i)
    shared = collections.Counter()
    for members in by_name.values():
        if len(members) < 2 or (max_papers is not None and len(members) > max_papers):
            continue
        for pair in itertools.combinations(members, 2):
            shared[pair] += 1
    return shared


def chance(categories):
    """The share of random pairs with the same category."""
    counts = collections.Counter(categories)
    total = len(categories)
    return sum((n / total) ** 2 for n in counts.values())


def report_authors(papers, categories):
    print(f"random pairs share a primary category: {chance(categories):.3f}")
    for max_papers, label in ((50, "names on 2-50 papers (as AuthorProfiles counts them)"), (None, "every name")):
        tally = collections.defaultdict(lambda: [0, 0])
        for (a, b), count in author_pairs(papers, max_papers).items():
            row = tally[min(count, 4)]
            row[0] += categories[a] == categories[b]
            row[1] += 1
        print(f"pairs of papers sharing author names, {label}:")
        for count in sorted(tally):
            same, total = tally[count]
            more = "+" if count == 4 else ""
            print(f"  {count}{more} shared: {total:>7,} pairs, same primary category {same / total:.3f}")


def report_related(path, categories, by_id):
    buckets = [0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.0]
    tally = {b: [0, 0] for b in buckets}
    queries = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            answer = json.loads(line)
            query = by_id.get(answer["id"])
            if query is None:
                continue
            queries += 1
            for neighbour in answer["related"]:
                other = by_id.get(neighbour["id"])
                if other is None:
                    continue
                bucket = next(b for b in buckets if neighbour["score"] >= b)
                tally[bucket][0] += categories[query] == categories[other]
                tally[bucket][1] += 1
    print(f"the engine's neighbours ({queries:,} queries), by the score shown:")
    upper = None
    for b in buckets:
        same, total = tally[b]
        if total:
            span = f"{b:.1f}-{upper:.1f}" if upper is not None else f">= {b:.1f}"
            print(f"  score {span:<9} {total:>7,} neighbours, same primary category {same / total:.3f}")
        upper = b


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--related", help="output of `paperboat related --json -` for the corpus's papers")
    args = parser.parse_args()
    papers = load(args.corpus)
    categories = [p["primary_category"] for p in papers]
    report_authors(papers, categories)
    if args.related:
        report_related(args.related, categories, {p["id"]: i for i, p in enumerate(papers)})


if __name__ == "__main__":
    main()
