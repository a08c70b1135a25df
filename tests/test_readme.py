"""The README's set-up commands are the ones CI runs, so the documentation cannot drift."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith(("#", " "))]
    test_command = ci_lines[-1]
    assert "pytest" in test_command
    assert test_command in (ROOT / "README.md").read_text()
