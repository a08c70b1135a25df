"""The README's set-up commands are the ones CI runs, so the documentation cannot drift."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith(("#", " "))]
    test_command = ci_lines[-1]
    assert "pytest" in test_command
    assert test_command in (ROOT / "README.md").read_text()


FORMAT_EXAMPLES = {"markdown": ".md", "html": ".html", "yaml": ".yaml", "text": ".txt", "csv": ".csv", "json": ".json"}


def test_every_format_example_in_the_readme_reads_as_documented(tmp_path: Path) -> None:
    from faqbot.corpus import load_corpus

    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## FAQ formats") : readme.index("## Check your FAQ")]
    examples = re.findall(r"^```(\w+)\n(.*?)^```$", section, flags=re.MULTILINE | re.DOTALL)
    assert sorted(language for language, _ in examples) == sorted(FORMAT_EXAMPLES)
    for language, text in examples:
        path = tmp_path / f"example{FORMAT_EXAMPLES[language]}"
        path.write_text(text, encoding="utf-8")
        entries = load_corpus(path).entries
        assert entries and all(e.heading and e.answer for e in entries), language
        assert entries[0].alternates, f"the {language} example shows alternates"


def test_the_configuration_table_is_the_settings_table() -> None:
    from faqbot.settings import SETTINGS

    readme = (ROOT / "README.md").read_text()
    rows = [line for line in readme.splitlines() if re.match(r"^\| (`--|—)", line)]
    documented = [tuple(cell.strip() for cell in row.strip("|").split("|")) for row in rows]
    expected = [(f"`{s.flag}`" if s.flag else "—", f"`{s.variable}`", s.describe_default(), s.help) for s in SETTINGS.values()]
    assert documented == expected
