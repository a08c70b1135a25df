"""Cutting answers into passages: paragraphs, long paragraphs split, always verbatim slices."""

from faqbot.passages import split_answer


def test_paragraphs_are_passages() -> None:
    answer = "First paragraph here.\n\nSecond one,\nstill second.\n   \nThird."
    assert split_answer(answer) == ["First paragraph here.", "Second one,\nstill second.", "Third."]


def test_long_paragraph_splits_at_sentences_within_the_limit() -> None:
    sentences = [f"Sentence number {i} has exactly seven words." for i in range(40)]
    paragraph = " ".join(sentences)
    passages = split_answer(paragraph, max_words=50)
    assert len(passages) > 1
    assert all(len(p.split()) <= 50 for p in passages)
    assert all(p in paragraph for p in passages)  # verbatim
    assert " ".join(passages) == paragraph  # nothing lost
    assert all(p.endswith(".") for p in passages)  # cut at sentence ends


def test_sentence_longer_than_the_limit_is_cut_at_words() -> None:
    text = " ".join(f"w{i}" for i in range(130))
    passages = split_answer(text, max_words=50)
    assert [len(p.split()) for p in passages] == [50, 50, 30]
    assert " ".join(passages) == text
