"""Exported emails: parse back as the same message, never let a name add a header, unique names."""

from __future__ import annotations

import email
import os
import stat
from email.policy import default as DEFAULT_POLICY

import pytest

from followup.core import export
from followup.core.export import build_eml, build_txt, export_drafts, file_names
from followup.core.model import Draft, Interviewer
from followup.core.render import assemble
from tests.builders import northwind, with_starters


def _parse(data: bytes):
    return email.message_from_bytes(data, policy=DEFAULT_POLICY)


def write_eml(session, index, folder):
    return export_drafts(session, folder / "s.toml", folder, "eml", [index], force=True)[0]


def write_txt(session, index, folder):
    return export_drafts(session, folder / "s.toml", folder, "txt", [index], force=True)[0]


def _session():
    return with_starters(northwind())


def test_eml_parses_back_with_to_subject_body_and_unsent_flag(tmp_path):
    session = _session()
    path = write_eml(session, 0, tmp_path)
    assert path.name == "dana-rivera.eml"
    message = _parse(path.read_bytes())
    assert message["To"] == "Dana Rivera <dana.rivera@northwind.example>"
    assert message["To"].addresses[0].addr_spec == "dana.rivera@northwind.example"
    assert message["Subject"] == "Thank you – Alex Kim – Senior Data Analyst interview"
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "text/plain"
    assert message.get_content().rstrip("\n") == assemble(session, 0).body
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_body_is_plain_utf8_readable_as_is():
    session = _session()
    session.interviewers[0].draft.greeting = "Dear Siobhán,"
    data = build_eml(session, 0)
    assert "Dear Siobhán,".encode() in data  # 8-bit body: neomutt -H and any editor read it as is
    assert b"Content-Transfer-Encoding: 8bit" in data


def test_very_long_lines_stay_within_mail_limits():
    session = _session()
    session.interviewers[0].draft.gratitude = "word " * 20_000 + "end"
    data = build_eml(session, 0)
    assert max(len(line) for line in data.split(b"\n")) <= 998
    assert _parse(data).get_content().split("\n\n")[1] == ("word " * 20_000 + "end")


@pytest.mark.parametrize(
    "name, subject",
    [
        ("Dana\r\nBcc: attacker@evil.example", "Thanks\r\nBcc: attacker@evil.example"),
        ("Dana\nX-Injected: yes", "Hi\rX-Injected: yes"),
        ("Dana\u2028Bcc: attacker@evil.example", "Thanks\x00\x1b[2J\nBcc: a@b.c"),
    ],
)
def test_names_and_subjects_cannot_inject_headers(tmp_path, name, subject):
    session = _session()
    session.interviewers[0].name = name
    session.interviewers[0].draft.subject = subject
    message = _parse(write_eml(session, 0, tmp_path).read_bytes())
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert sorted(k.lower() for k in message.keys()) == [
        "content-transfer-encoding", "content-type", "mime-version", "subject", "to", "x-unsent",
    ]
    assert "\n" not in message["Subject"] and "\x1b" not in message["Subject"]
    txt = write_txt(session, 0, tmp_path).read_text()
    head = txt.split("\n\n", 1)[0].splitlines()
    assert [line.split(":")[0] for line in head] == ["To", "Subject"]


def test_no_address_means_no_to_header(tmp_path):
    session = _session()
    session.interviewers[1].email = ""
    session.interviewers[0].email = "not an address"
    for i in (0, 1):
        message = _parse(build_eml(session, i))
        assert message["To"] is None and message["Subject"]
    assert write_txt(session, 1, tmp_path).read_text().startswith("To: Sam Okafor\n")


def test_odd_but_valid_names_and_addresses(tmp_path):
    session = _session()
    session.interviewers[0].name = 'Dana "DJ" Rivera, PhD <boss>'
    session.interviewers[0].email = "josé@exämple.com"
    message = _parse(build_eml(session, 0))
    assert message["To"].addresses[0].display_name == 'Dana "DJ" Rivera, PhD <boss>'


def test_file_names_are_unique_and_safe():
    session = northwind()
    session.interviewers = [
        Interviewer("Sam"), Interviewer("Sam"), Interviewer("sam"), Interviewer("../../etc/passwd"),
        Interviewer(""), Interviewer("王伟"), Interviewer("gnp.exe\u202eLeml"), Interviewer("Siobhán Ní Bhriain"),
    ]
    names = file_names(session, "eml")
    assert names[:3] == ["sam.eml", "sam-2.eml", "sam-3.eml"]
    assert names[3] == "etc-passwd.eml"
    assert names[4] == "interviewer-5.eml"
    assert names[5] == "王伟.eml"
    assert "\u202e" not in names[6]
    assert names[7] == "siobhán-ní-bhriain.eml"
    assert len(set(names)) == len(names)
    assert all("/" not in n and not n.startswith(".") for n in names)


def test_export_all_writes_one_file_per_interviewer(tmp_path):
    session = _session()
    session.interviewers.append(Interviewer("Dana Rivera", email="other@x.example", draft=Draft(subject="S")))
    out = tmp_path / "out"
    paths = export_drafts(session, tmp_path / "s.toml", out, "eml")
    assert [p.name for p in paths] == ["dana-rivera.eml", "sam-okafor.eml", "dana-rivera-2.eml"]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o700
    assert _parse(paths[2].read_bytes())["To"].addresses[0].addr_spec == "other@x.example"
    txts = export_drafts(session, tmp_path / "s.toml", out, "txt")
    assert [p.suffix for p in txts] == [".txt"] * 3
    with pytest.raises(ValueError):
        export_drafts(session, tmp_path / "s.toml", out, "pdf")


def test_hostile_body_text_is_kept_literally_minus_control_characters(tmp_path):
    session = _session()
    session.interviewers[0].draft.gratitude = "{{ 7*7 }} [b]x[/] \x1b[2J\x07 שלום e\u0301 \x00end\r\nnext"
    body = _parse(build_eml(session, 0)).get_content()
    assert "{{ 7*7 }} [b]x[/] [2J שלום e\u0301 end\nnext" in body
    assert "\x1b" not in body and "\x00" not in body and "\r" not in body


# -- never over someone else's file (issue 15 #10), long names (15 #14), what is wrong (14 #3) ---------------


def test_a_file_followup_did_not_write_is_never_replaced(tmp_path):
    session = _session()
    out = tmp_path / "exports"
    out.mkdir()
    (out / "dana-rivera.eml").write_text("the user's own notes")
    paths = export_drafts(session, tmp_path / "s.toml", out)
    assert [p.name for p in paths] == ["dana-rivera-2.eml", "sam-okafor.eml"]
    assert (out / "dana-rivera.eml").read_text() == "the user's own notes"
    plan = export.targets(session, tmp_path / "s.toml", out)
    assert plan[0].taken == out / "dana-rivera.eml" and plan[0].path == out / "dana-rivera-2.eml"
    # exporting again updates followup's own files in place, no dana-rivera-3
    session.interviewers[0].draft.closing = "Edited since."
    again = export_drafts(session, tmp_path / "s.toml", out)
    assert again == paths
    assert "Edited since." in _parse(again[0].read_bytes()).get_content()
    assert sorted(p.name for p in out.glob("*.eml")) == ["dana-rivera-2.eml", "dana-rivera.eml", "sam-okafor.eml"]


def test_two_sessions_with_the_same_interviewer_name_do_not_clobber_each_other(tmp_path):
    out = tmp_path / "exports"
    first, second = _session(), _session()
    second.interview.company = "Southwind"
    second.interviewers[0].draft.gratitude = "Thank you from the second session."
    a = export_drafts(first, tmp_path / "first.toml", out)
    b = export_drafts(second, tmp_path / "second.toml", out)
    assert a[0] != b[0]
    assert "second session" not in _parse(a[0].read_bytes()).get_content()
    assert "second session" in _parse(b[0].read_bytes()).get_content()


def test_a_file_edited_after_export_is_not_replaced(tmp_path):
    session = _session()
    out = tmp_path / "exports"
    [path] = export_drafts(session, tmp_path / "s.toml", out, indexes=[0])
    path.write_bytes(path.read_bytes() + b"\nP.S. added in the mail client\n")
    [again] = export_drafts(session, tmp_path / "s.toml", out, indexes=[0])
    assert again != path and b"P.S. added" in path.read_bytes()


def test_force_writes_the_drafts_own_name(tmp_path):
    session = _session()
    out = tmp_path / "exports"
    out.mkdir()
    (out / "dana-rivera.eml").write_text("old")
    [path] = export_drafts(session, tmp_path / "s.toml", out, indexes=[0], force=True)
    assert path == out / "dana-rivera.eml" and _parse(path.read_bytes())["X-Unsent"] == "1"


def test_a_file_appearing_between_plan_and_write_is_not_replaced(tmp_path):
    session = _session()
    out = tmp_path / "exports"
    out.mkdir()
    plan = export.targets(session, tmp_path / "s.toml", out, indexes=[0])
    (out / "dana-rivera.eml").write_text("arrived meanwhile")
    [path] = export.write_targets(session, tmp_path / "s.toml", plan)
    assert path == out / "dana-rivera-2.eml"
    assert (out / "dana-rivera.eml").read_text() == "arrived meanwhile"


def test_names_of_sixty_four_byte_letters_export(tmp_path):
    session = _session()
    session.interviewers[0].name = "𠀀" * 60  # a CJK letter of 4 bytes in UTF-8: 240 bytes
    session.interviewers[1].name = "𠀀" * 60
    paths = export_drafts(session, tmp_path / "s.toml", tmp_path / "out")
    assert len(paths) == 2 and paths[0] != paths[1]
    assert all(len(p.name.encode()) <= 255 - 14 for p in paths)  # room for the temp file's name too
    assert _parse(paths[0].read_bytes())["Subject"]


def test_draft_problems_name_errors_and_bad_recipients():
    from followup.core.findings import Finding

    session = _session()
    session.interviewers[0].email = "bart@"
    session.interviewers[1].email = ""
    error = Finding(rule="subject.present", severity="error", section="subject", message="m")
    assert export.draft_problems(session, 0, [error, error, error]) == [
        "3 errors to fix", "'bart@' is not a usable email address, so no To: line"]
    assert export.draft_problems(session, 1, []) == ["no email address, so no To: line"]
    session.interviewers[1].email = "sam@northwind.example"
    assert export.draft_problems(session, 1, []) == []
    session.interview.medium = "handwritten"
    assert export.draft_problems(session, 0, []) == []
