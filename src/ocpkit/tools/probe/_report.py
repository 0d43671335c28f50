"""What a probe found: one verdict per check, and the report in three forms.

A :class:`Check` is a rule of a specification: an id (``frames.not-json``), a one-line
statement of the rule in our words, and the section it comes from (document, section number and
name: facts, no spec prose). Running it gives a :class:`Result`: ``pass``, ``fail`` with what was
seen instead, or ``not applicable`` with the reason. A :class:`Report` holds every result of one
run and writes itself as text for people, JSON, or JUnit XML for CI (a failed check is a
``<failure>``, one that does not apply a ``<skipped>``).
"""

import xml.etree.ElementTree as ElementTree
from datetime import datetime
from enum import StrEnum
from typing import Final

import attrs
import orjson

__all__ = ["Check", "Report", "Result", "Verdict"]

EXIT_PASSED: Final = 0
EXIT_FAILED: Final = 1


class Verdict(StrEnum):
    """The outcome of one check."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not applicable"


@attrs.frozen
class Check:
    """One rule a probe checks: ``id``, the rule in one line, and where the rule comes from."""

    id: str
    rule: str
    section: str


@attrs.frozen
class Result:
    """A check's verdict; ``seen`` says what was seen (fail) or why it does not apply."""

    check: Check
    verdict: Verdict
    seen: str = ""
    seconds: float = 0.0

    @property
    def mark(self) -> str:
        """``PASS``, ``FAIL`` or ``n/a `` (four characters, for columns of text)."""
        return _MARKS[self.verdict]


_MARKS: Final = {Verdict.PASS: "PASS", Verdict.FAIL: "FAIL", Verdict.NOT_APPLICABLE: "n/a "}


@attrs.frozen(kw_only=True)
class Report:
    """Every result of one probe run against one target."""

    probe: str  # "csms", "charger" or "ocpi"
    target: str
    version: str
    started: datetime
    results: tuple[Result, ...]

    def count(self, verdict: Verdict) -> int:
        """How many checks ended with ``verdict``."""
        return sum(result.verdict is verdict for result in self.results)

    @property
    def failed(self) -> tuple[Result, ...]:
        """The failed checks, in catalogue order."""
        return tuple(result for result in self.results if result.verdict is Verdict.FAIL)

    @property
    def exit_status(self) -> int:
        """0 when no check failed, 1 when one did."""
        return EXIT_FAILED if self.failed else EXIT_PASSED

    def summary(self) -> str:
        """``12 passed, 1 failed, 2 not applicable``."""
        return (
            f"{self.count(Verdict.PASS)} passed, {self.count(Verdict.FAIL)} failed, "
            f"{self.count(Verdict.NOT_APPLICABLE)} not applicable"
        )

    def to_text(self) -> str:
        """One line per check (verdict, id, rule), what was seen under a failure or a check that
        does not apply, then the summary."""
        lines = [f"ocpkit probe {self.probe} {self.target} ({self.version})"]
        width = max((len(result.check.id) for result in self.results), default=0)
        for result in self.results:
            lines.append(f"{result.mark}  {result.check.id:<{width}}  {result.check.rule}")
            if result.verdict is not Verdict.PASS and result.seen:
                lines.append(f"      {'':<{width}}  {result.seen}  [{result.check.section}]")
        lines.append(self.summary())
        return "\n".join(lines) + "\n"

    def to_json(self) -> bytes:
        """The report as JSON (see the docs page of the probes for its fields)."""
        return orjson.dumps(
            {
                "probe": self.probe,
                "target": self.target,
                "version": self.version,
                "started": self.started.isoformat(),
                "passed": self.count(Verdict.PASS),
                "failed": self.count(Verdict.FAIL),
                "not_applicable": self.count(Verdict.NOT_APPLICABLE),
                "checks": [
                    {
                        "id": result.check.id,
                        "rule": result.check.rule,
                        "section": result.check.section,
                        "verdict": result.verdict.value,
                        "seen": result.seen,
                        "seconds": round(result.seconds, 3),
                    }
                    for result in self.results
                ],
            },
            option=orjson.OPT_INDENT_2,
        )

    def to_junit(self) -> bytes:
        """The report as JUnit XML: one test suite, one test case per check."""
        suite = ElementTree.Element(
            "testsuite",
            name=f"ocpkit probe {self.probe} {self.version}",
            tests=str(len(self.results)),
            failures=str(self.count(Verdict.FAIL)),
            errors="0",
            skipped=str(self.count(Verdict.NOT_APPLICABLE)),
            time=f"{sum(result.seconds for result in self.results):.3f}",
            timestamp=self.started.isoformat(),
        )
        for result in self.results:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                classname=f"probe.{self.probe}",
                name=result.check.id,
                time=f"{result.seconds:.3f}",
            )
            if result.verdict is Verdict.FAIL:
                failure = ElementTree.SubElement(
                    case, "failure", message=result.seen or "failed", type="rule"
                )
                failure.text = f"{result.check.rule} [{result.check.section}]"
            elif result.verdict is Verdict.NOT_APPLICABLE:
                ElementTree.SubElement(case, "skipped", message=result.seen)
        suites = ElementTree.Element("testsuites")
        suites.append(suite)
        written: bytes = ElementTree.tostring(suites, encoding="utf-8", xml_declaration=True)
        return written
