"""Unit tests of the editor's small pieces: text cleaning, offsets, finding prompts, labels."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.core.findings import Finding
from followup.tui.widgets.findings import finding_prompt, ordered
from followup.tui.text import clean_text
from followup.tui.widgets.field_preview import location_to_offset, offset_to_location
from followup.tui.widgets.sidebar_parts import counts_text, score_band, section_counts


def test_clean_text_removes_control_characters_and_normalises_line_ends():
    assert clean_text("a\x1b[31mb\x07\r\nc\rd\te\x9b") == "a[31mb\nc\nd\te"
    assert clean_text("one\ntwo", single_line=True) == "one two"


@given(st.text(alphabet=st.sampled_from("ab \nçé😀"), max_size=40), st.data())
def test_offsets_and_locations_round_trip(text, data):
    offset = data.draw(st.integers(0, len(text)))
    row, col = offset_to_location(text, offset)
    assert text.split("\n")[row][:col] == text[:offset].split("\n")[-1]
    assert location_to_offset(text, (row, col)) == offset


def test_finding_prompts_are_literal_and_carry_words():
    finding = Finding("greeting.name", "error", "greeting", "Greet Dr. [b]Smith[/] [/]\x1b by name.")
    prompt = finding_prompt(finding)
    assert prompt.plain == "✖ error Greet Dr. [b]Smith[/] [/] by name."
    warning = finding_prompt(Finding("x", "warning", "subject", "m"))
    assert warning.plain.startswith("▲ warning")
    assert finding_prompt(Finding("x", "suggestion", "draft", "m")).plain.startswith("• suggestion")


def test_findings_are_listed_by_section_then_severity():
    found = [
        Finding("a", "suggestion", "draft", "1"),
        Finding("b", "warning", "signoff", "2"),
        Finding("c", "suggestion", "subject", "3"),
        Finding("d", "error", "subject", "4"),
    ]
    assert [f.rule for f in ordered(found)] == ["d", "c", "b", "a"]


def test_labels():
    found = [Finding("a", "error", "subject", ""), Finding("b", "warning", "subject", ""),
             Finding("c", "warning", "greeting", "")]
    assert section_counts(found) == "✖1 ▲2"
    assert counts_text(found) == "✖ 1 error, ▲ 2 warnings"
    assert counts_text([]) == "no findings"
    assert score_band(100) == ("-good", "ready to send")
    assert score_band(95) == ("-good", "polish")
    assert score_band(70) == ("-fair", "needs work")
    assert score_band(59) == ("-poor", "not ready")
