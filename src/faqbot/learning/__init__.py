"""Learning from what people ask: record (``serve --learn``), review, approve — an FAQ that gets better.

The pipeline, one module each:

* :mod:`faqbot.learning.store` — the question store (SQLAlchemy; schema by Alembic migrations in
  ``migrations/versions``, one file per change), written off the answer path.
* :mod:`faqbot.learning.review` — what the owner should look at, and approving or rejecting it.
* :mod:`faqbot.corpus.learned` — the learned file approvals go to, read with the corpus.
"""
