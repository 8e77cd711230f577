"""Guess a document's kind, date, title, author and direction from its text and file name.

Guesses only fill blanks: the user can correct each one, and a kind or date given at
import wins. This module decides the kind; whether a document is laid out as a plan (and a
draft) comes from ``guess_plan``, the date, title, author and direction from
``guess_dates`` and ``guess_details``, and the phrase tables from ``guess_tables``.
"""

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from ehcp_appeal.domain import DOCUMENT_KINDS, PLAN_KINDS, PROFESSIONAL_REPORT_KINDS
from ehcp_appeal.ingest.guess_dates import guess_date, iso_date
from ehcp_appeal.ingest.guess_details import (
    JUNK_META,
    display_name,
    guess_author,
    guess_direction,
    guess_title,
)
from ehcp_appeal.ingest.guess_plan import (
    PLAN_SECTIONS,
    TOP_LINES_FOR_STATUS,
    mentions_draft_plan,
    plan_sections,
    plan_structure,
    titled_draft,
    titled_plan,
)
from ehcp_appeal.ingest.guess_tables import (
    BODY_CHARS,
    HEAD_CHARS,
    SIGN_OFF,
    TOP_LINES,
    first_lines,
    has_phrase,
    kind_tables,
    squash,
    unscan,
)
from ehcp_appeal.ingest.guess_voice import emailed_views, voiced_kind

__all__ = ["Guess", "guess", "guess_author", "guess_date", "guess_kind", "guess_title"]


HEAD_WEIGHT = 3
LETTER_SCORE = 10
TITLE_LINES = 3  # a document's own title, before its body
_SALUTATION = re.compile(
    r"^\W{0,3}(?:dear |to whom it may concern\b|to: (?:the )?(?:headteacher|principal|"
    r"governing body|senco|chair of governors|director)\b)"
)
"""How a letter opens: a greeting, or a council's memo-style address to a school."""
_CIRCULAR = re.compile(
    r"^\W{0,3}dear (?:all )?(?:parents|families)\b|"
    r"^\W{0,3}dear parents?\s*(?:/|and|or|&)\s*carers? of (?:all |our |the )?(?:new )?"
    r"(?:year|class|pupils|children|students|reception|nursery)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""The greeting of a letter to every family of a class or a school (a trip, uniform, a
newsletter), not to one family about one child: "Dear Parent/Carer," or "Dear
Parent/Carer of Sam Smith" is how a council's form letter greets one family."""


@dataclass(frozen=True)
class Guess:
    kind: str
    date: dt.date | None
    title: str
    author: str
    author_role: str
    direction: str


def guess(
    text: str, file_name: str, meta: dict[str, str] | None = None, local_authority: str = ""
) -> Guess:
    """Best guesses from a document's text (all pages joined), name and format metadata."""
    meta = meta or {}
    is_email = bool(meta.get("sender"))
    kind = guess_kind(text, file_name, meta.get("title", ""), is_email, meta.get("sender", ""))
    author, role = guess_author(text)
    if not author and is_email:
        author = display_name(meta["sender"])
    elif not author and meta.get("author") and not JUNK_META.match(meta["author"]):
        author = meta["author"]
    return Guess(
        kind=kind,
        date=iso_date(meta.get("date", "")) or guess_date(text, file_name),
        title=guess_title(text, file_name, kind, meta),
        author=author[:200],
        author_role=role[:200],
        direction=guess_direction(text, kind, meta, local_authority),
    )


def guess_kind(
    text: str, file_name: str, meta_title: str = "", is_email: bool = False, sender: str = ""
) -> str:
    stem = PurePath(file_name).stem.replace("_", " ").replace("-", " ")
    if is_email:
        text = _QUOTE_MARKS.sub("", text)  # a reply quotes what it answers line by line
    head = squash(f"{stem}\n{meta_title}\n{text[:HEAD_CHARS]}")
    body = squash(text[:BODY_CHARS])
    scores: dict[str, int] = {}
    for rule in kind_tables()["rules"]:
        if not all(has_phrase(r, head) or has_phrase(r, body) for r in rule.get("requires", [])):
            continue
        hits = 0
        for phrase in rule["phrases"]:
            if has_phrase(phrase, head):
                hits += HEAD_WEIGHT
            elif has_phrase(phrase, body):
                hits += 1
        score = hits * int(rule.get("weight", 1))
        if score > scores.get(rule["kind"], 0):
            scores[rule["kind"]] = score
    if is_email:
        return _email_kind(text, head, body, scores, sender)
    sections, letter = plan_sections(text), _is_letter(text)  # each read once: both are slow
    plan_structure(sections, text, stem, scores)
    if _CIRCULAR.search(text[:HEAD_CHARS]):
        return "other"  # a letter to every family of a class or a school
    signed = _signed_kind(guess_author(_signature(text))[1]) or _byline_kind(text, letter)
    top_lines = "\n".join(first_lines(text, CERTIFICATE_TOP_LINES))
    if not letter and _CERTIFICATE_TITLE.search(top_lines):
        _outrank(scores, "mediation_certificate")
    elif letter and not _names_certificate(head):
        scores.pop("mediation_certificate", None)  # "... within one month of a mediation
        # certificate": a decision letter's appeal rights name the certificate to obtain
    if letter and _FAMILY_DOCTOR.search(head):
        _outrank(scores, "medical_report")  # medical evidence
    elif letter and _CLINIC_LETTER.search(head) and _CLINICIAN_SAYS.search(head):
        # a clinic letter is the clinician's report, though it is set out as a letter
        health = {kind: scores[kind] for kind in _HEALTH_KINDS if scores.get(kind)}
        kind = max(health, key=lambda k: health[k]) if health else "medical_report"
        kind = signed if signed in _HEALTH_KINDS else kind  # the clinician's own profession
        _outrank(scores, kind)
    elif letter:
        scores["correspondence"] = max(scores.get("correspondence", 0), LETTER_SCORE)
        if (
            _BOOKING.search(body)
            and signed not in _HEALTH_KINDS
            and not _CLINICIAN_SAYS.search(body)
        ):
            # an appointment or waiting-list letter from a clinic's office, not a
            # clinician's report
            _rule_out(scores, *_HEALTH_KINDS)
        if sections < PLAN_SECTIONS:
            # A letter that speaks of a plan ("the final EHC plan is enclosed") is a letter,
            # and one that gives a decision is the decision, whatever else it mentions.
            _rule_out(scores, *(_DECIDED_OVER if scores.get("decision_letter") else PLAN_KINDS))
    if signed and not letter:
        _outrank(scores, signed)  # the author's own profession
    title = squash(" ".join(text.splitlines()[:TOP_LINES_FOR_STATUS]))
    top = squash(" ".join(first_lines(text, TOP_LINES_EXPERT)))
    expert = _EXPERT.search(top) and not letter and "tribunal" not in title[:120]
    declared = _EXPERT_DECLARATION.search(body) and not letter
    independent = (_INDEPENDENT_TITLE.search(title) or expert or declared) and not (
        _NOT_A_REPORT.search(title)
    )
    if independent:
        _outrank(scores, "independent_report")
    titled = None if letter else _titled_kind(text, stem) or voiced_kind(head)
    if titled == "annual_review" and _FOR_THE_REVIEW.search(title):
        # a therapist's or a school's report written for the review is that report
        reports = {k: v for k, v in scores.items() if k in PROFESSIONAL_REPORT_KINDS and v}
        titled = max(reports, key=lambda k: reports[k]) if reports else titled
    witness = _WITNESS_STATEMENT.search(text[:BODY_CHARS]) is not None
    if (independent or witness) and titled == "tribunal_direction":
        # an expert's report or a witness names the tribunal it is for; a parent's statement
        # is the family's account
        titled = voiced_kind(head) if witness else None
    if witness and titled is None and _FAMILY_WITNESS.search(text[:BODY_CHARS]):
        titled = "parent_views"  # "Statement of Deborah Kettle, mother of Riley Kettle"
    if witness:  # evidence for the tribunal: not its order, nor the decision appealed
        _rule_out(scores, "tribunal_direction", "decision_letter")
    if _GOVERNORS.search(title):
        scores.pop("decision_letter", None)  # an exclusion or a complaint, not an EHC decision
        if letter:  # the governors' letter names the reports it weighed; it is none of them
            _rule_out(scores, *PROFESSIONAL_REPORT_KINDS)
    if titled in _NOT_PLANS and sections >= PLAN_SECTIONS:
        titled = None  # a plan opening with the child's words or "what to expect" is the plan
    if titled is not None:
        _outrank(scores, titled)
    if sections == 0 and not is_email and not titled_plan(text):
        # "EHC plan" in a newsletter or a leaflet: a plan has sections or is titled one
        _rule_out(scores, *PLAN_KINDS)
    if _BENEFITS.search(head) and not _EHC_MATTER.search(body):
        scores.pop("decision_letter", None)  # a benefits decision, not the council's
    if not scores or max(scores.values()) == 0:
        return "other"
    order = list(DOCUMENT_KINDS)
    best = max(scores, key=lambda k: (scores[k], -order.index(k)))
    return "ehcp_draft" if best == "ehcp_final" and titled_draft(text, stem) else best


_INDEPENDENT_TITLE = re.compile(
    r"\bindependent\b[^.]{0,60}\b(?:report|advice|assessment)\b|"
    r"\b(?:report|advice|assessment) (?:of|by|from) an? independent\b"
)
"""A title that calls a report independent: a private expert's, whatever the profession."""
_EXPERT = re.compile(
    r"\binstructed by\b|\bon the instructions of\b|\bprivate(?:ly)? (?:practice|commissioned)\b|"
    r"\bprepared for the first-tier tribunal\b|\bexpert (?:[\w-]+ ){0,4}report\b|"
    r"\bindependent (?:speech|occupational|educational|clinical|consultant|physiotherap|"
    r"specialist (?:assessor|teacher)|assessor)|"
    r"\bcommissioned by (?:the )?(?:parents?|family|mrs?\.?|ms\.?|miss|mx)\b"
)
"""The marks of a report a family or their solicitor commissioned, near its top: who
instructed the author, private practice, a report prepared for the tribunal."""
TOP_LINES_EXPERT = 10
_EXPERT_DECLARATION = re.compile(
    r"\b(?:overriding )?duty (?:is )?to the (?:first-tier |send )?tribunal\b|"
    r"\bmy duty is to (?:help|assist) the (?:first-tier |send )?tribunal\b|"
    r"\bexpert'?s'? declaration\b"
)
"""An expert witness's declaration, wherever it stands: only a report written for the
tribunal by an expert the family instructed carries one."""
_NOT_A_REPORT = re.compile(r"\b(?:invoice|receipt|quotation|quote|fee|fees|payment)\b")


def _outrank(scores: dict[str, int], kind: str) -> None:
    """Make ``kind`` the best guess so far: a rule that knows the document's kind for sure
    (a clinic letter, a signed profession, an expert's report, a title) beats every phrase
    count, while later such rules may still beat it."""
    scores[kind] = max(scores.values(), default=0) + 1


def _rule_out(scores: dict[str, int], *kinds: str) -> None:
    """Take ``kinds`` out of the running, whatever their phrases scored: a rule knows the
    document is none of them."""
    for kind in kinds:
        scores.pop(kind, None)


def _signature(text: str) -> str:
    """A report's closing lines short enough to be its signature block (a name, a
    profession, a service): not a sentence that names a witness's profession."""
    lines = [_GLUED.sub(" ", line.strip()) for line in text[-4000:].splitlines() if line.strip()]
    return "\n".join(
        line for line in lines[-SIGNATURE_LINES:] if len(line.split()) <= SIGNATURE_WORDS
    )


def _own_words(text: str) -> str:
    """An e-mail's own part, above the message it replies to or forwards, when that part
    has a body of its own: its signature is the sender's, not the quoted writer's."""
    quoted = _ORIGINAL_MESSAGE.search(text, HEADER_CHARS)
    return text[: quoted.start()] if quoted else text


_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|forwarded message)\s*-{2,}|^on [^\n]{5,120} wrote:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
HEADER_CHARS = 400  # the e-mail's own From, To, Date and Subject lines come before its body
_FINAL_PLAN = re.compile(
    r"\bfinal (?:amended )?(?:ehc ?p?|plan|education)|\b(?:ehc|education, health and care) plan "
    r"\(final\b|\b(?:ehc|education, health and care) plan\b[^.\n]{0,60}\b(?:has been|is now|was) "
    r"finalised\b",
    re.IGNORECASE,
)
"""An e-mail that says the plan set out in it is the final one ("The Education, Health and
Care Plan for Harri has been finalised and is shown below")."""
_FROM_CLINIC = re.compile(
    r"^from:[^\n]*(?:\bcamhs\b|\bnhs\b|-nhs\b|\bhospital\b|\bclinic\b)",
    re.IGNORECASE | re.MULTILINE,
)
"""A forwarded message's own "From:" line naming a clinic or an NHS service."""
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{3})")
"""Where a scan lost the space between two words ("OccupationalTherapist"); not inside a
name such as McDonald or MacKenzie."""


def _signed_kind(role: str, kinds: dict[str, str] | None = None) -> str | None:
    """The kind of report a signed profession writes, whatever grade or field comes before
    it ("Highly Specialist Paediatric Physiotherapist"); ``kinds`` maps professions to kinds
    (``_SIGNED_KINDS`` unless given)."""
    role = role.lower()
    table = _SIGNED_KINDS if kinds is None else kinds
    return next((kind for name, kind in table.items() if role.endswith(name)), None)


def _byline_kind(text: str, letter: bool) -> str | None:
    """The kind of report whose author the top names with a profession ("Written by: Ms
    Niamh Cassidy, SENCo"), when the end carries no signature that says so."""
    if letter:
        return None
    for line in first_lines(text, TOP_LINES_EXPERT):
        if _BYLINE.match(line):
            return _signed_kind(guess_author(_BYLINE.sub("", line))[1], _BYLINE_KINDS)
    return None


def _email_kind(text: str, head: str, body: str, scores: dict[str, int], sender: str) -> str:
    """An e-mail is correspondence unless the tribunal sent it, or it carries a decision,
    a tribunal's order, a whole plan or a report pasted into it."""
    if _FROM_TRIBUNAL.search(sender) or _FORWARDED_FROM_TRIBUNAL.search(text[:HEAD_CHARS]):
        return "tribunal_direction"
    if _CERTIFICATE_SENT.search(text[:HEAD_CHARS]) or _CERTIFICATE_PASTED.search(text):
        return "mediation_certificate"
    if _EXPERT_DECLARATION.search(body) or _EXPERT.search(head):
        return "independent_report"  # an expert's report pasted into the e-mail
    if views := emailed_views(text):
        return views  # comments section by section on a draft plan are the family's views
    draft = mentions_draft_plan(text)
    pasted = plan_sections(text) >= PLAN_SECTIONS
    if pasted and (draft or _FINAL_PLAN.search(text[:HEAD_CHARS])):
        # a draft, or a final plan, pasted in under the words that send it ("we have
        # decided to amend ..."): the plan is what the e-mail carries
        return "ehcp_draft" if draft else "ehcp_final"
    report_score = max(
        (v for k, v in scores.items() if k in PROFESSIONAL_REPORT_KINDS), default=0
    )  # a report "for the tribunal" pasted in is the report, not the tribunal's order
    carried = {
        k: v
        for k, v in scores.items()
        if k in _SENT_BY_EMAIL
        and v >= EMAIL_DECISION
        and (k != "tribunal_direction" or v > report_score)
    }
    if carried:
        return max(carried, key=lambda k: carried[k])
    review = re.search(r"\b(?:annual )?review (?:meeting|on|summary)|annual review", head)
    if not review and pasted:
        return "ehcp_final"
    reports = {k: v for k, v in scores.items() if k in PROFESSIONAL_REPORT_KINDS and v > 0}
    advice = _RECOMMENDATIONS_HEADING.search(text[:BODY_CHARS]) or _ADVICE_SENT.search(
        text[:HEAD_CHARS]
    )
    signed = None
    if reports:  # who signed what it carries (at its end), else the sender above a reply
        signed = _signed_kind(guess_author(_signature(text))[1], _BYLINE_KINDS) or _signed_kind(
            guess_author(_signature(_own_words(text)))[1]
        )
    if reports and advice:  # a report pasted in, advice and all: its signer's, if known
        return signed if signed in reports else max(reports, key=lambda k: reports[k])
    pasted_title = _PASTED_TITLE.search(text[:BODY_CHARS])
    if signed in reports and pasted_title:
        return signed  # a clinician's own advice or summary, titled, sent by e-mail
    if pasted_title and (titled := _profession_titled(pasted_title.group(0))) in reports:
        return titled  # "SPEECH AND LANGUAGE THERAPY REPORT", forwarded unsigned
    health = {k: v for k, v in reports.items() if k in _HEALTH_KINDS}
    clinic = _CLINIC_LETTER.search(body) or _FROM_CLINIC.search(text[:BODY_CHARS])
    if health and clinic and _CLINICIAN_SAYS.search(body):
        # a clinic letter pasted in by the surgery or the clinic's office
        return signed if signed in health else max(health, key=lambda k: health[k])
    if signed in health and (_CLINICIAN_SAYS.search(body) or _HERE_IS_MY.search(body)):
        return signed  # a therapist's advice after seeing the child, written as a reply
    return "correspondence"


_HERE_IS_MY = re.compile(r"\bhere is my (?:write-up|summary|report|advice|assessment)\b")
"""A clinician sending their own advice in the body of an e-mail ("As promised, here is my
write-up")."""
_PASTED_TITLE = re.compile(
    r"^(?!\W*(?:subject|re|fwd?|from|to|date)\b)"
    r"(?=[^\n]*\b(?:advice|summary|report|programme|statement)\b)[^\n.:;?]{3,90}$",
    re.IGNORECASE | re.MULTILINE,
)
"""A title on a line of its own in an e-mail's body ("Physiotherapy advice following school
visit", "Summary of first appointment", "Tomos - updated physiotherapy programme",
"Statement from the SENCo"): the professional's document set out in it."""
_FORWARDED_FROM_TRIBUNAL = re.compile(
    r"^(?:from|sent by):[^\n]*(?:\btribunal\b|\bhmcts\b|@justice\.)", re.IGNORECASE | re.MULTILINE
)
"""A tribunal's e-mail forwarded by a parent: its own "From:" line inside the body."""
_CERTIFICATE_SENT = re.compile(
    r"^subject:[^\n]*\bmediation certificate\b[\s\S]*\b(?:certificate (?:number|no\.?)|"
    r"section 55|attach (?:your|the) (?:mediation )?certificate)",
    re.IGNORECASE | re.MULTILINE,
)
"""A mediation service's e-mail issuing the certificate, not a family's question about one."""
_CERTIFICATE_PASTED = re.compile(
    r"^\W{0,3}mediation certificate\b[^\n]*\n[\s\S]{0,400}?\bcertificate (?:number|no\.?)|"
    r"^\W{0,3}(?:[\w ]{0,40}\bmediation\W{1,3}certificate|mediation certificate\W{1,3}ref)\b"
    r"[^\n.?]{0,30}$|"
    r"^\W{0,3}this is to certify that mediation\b|"
    r"^\W{0,3}[^\n.?]{0,40}\bcertificate\b[^\n.?]{0,30}\n[\s\S]{0,400}?"
    r"\b(?:the parent|you) (?:can|may) (?:now )?appeal\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A mediation certificate set out in the body under its own heading ("MEDIATION
CERTIFICATE - Ref TM-26-0974", "BRINE VALLEY MEDIATION - CERTIFICATE"), with its number,
its words of certification, or the right of appeal it gives."""
_CERTIFICATE_TITLE = re.compile(
    r"^\W{0,3}(?:certificate (?:of mediation|(?:issued )?under section 55)|"
    r"mediation (?:advice )?certificate)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A certificate's own heading, below a fax banner or the mediation service's name and
address ("CERTIFICATE UNDER SECTION 55(5) CHILDREN AND FAMILIES ACT 2014"): the decision it
names is what was mediated, not what the document is."""
CERTIFICATE_TOP_LINES = 8
_FAMILY_WITNESS = re.compile(
    r"\bstatement of [^\n,]{3,60},? (?:the )?(?:mother|father|parent|step-?parent|"
    r"(?:foster |kinship )?carer|grandmother|grandfather|grandparent|guardian) of\b",
    re.IGNORECASE,
)
"""A witness statement made by the child's parent or carer: the family's views."""
_GOVERNORS = re.compile(
    r"\bgoverning (?:board|body)\b|\bgovernors['’]? (?:committee|panel)\b|"
    r"\b(?:pupil )?discipline committee\b|\bcomplaints? (?:committee|panel)\b",
    re.IGNORECASE,
)
"""A school's governors at the top of a letter: they decide exclusions and complaints, and
the council, not they, decides what a decision letter concerns."""
_BENEFITS = re.compile(
    r"\bdepartment for work and pensions\b|\bdwp\b|\bdisability living allowance\b|"
    r"\bpersonal independence payment\b|\buniversal credit\b|\bhm revenue\b|\bchild benefit\b"
)
"""A benefits office's letterhead or subject: its decisions are about money, not the plan."""
_EHC_MATTER = re.compile(
    r"\behc\b|\behcp\b|\beducation, health and care\b|\bspecial educational\b|"
    r"\bneeds assessment\b"
)
_HEALTH_KINDS = ("salt_report", "ot_report", "physio_report", "medical_report", "camhs_report")
_RECOMMENDATIONS_HEADING = re.compile(
    r"^\W{0,3}(?:\d+\.?\s*)?(?:(?:my|our|main|key|agreed actions\s*(?:/|and))\s*)?"
    r"recommendations?\b(?:[^.\n]{0,40}$|[^.\n:]{0,30}:)|^\W{0,3}(?:I|we) recommend:|"
    r"^\W{0,3}agreed actions\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A recommendations heading on a line of its own, or opening a paragraph with a colon
("My recommendations:", "Agreed actions / recommendations:", "We recommend:"): a
report's, not a request for one."""
_ADVICE_SENT = re.compile(
    r"^subject:(?!\s*(?:re|fwd?|fw)\s*:)[^\n]*\b(?:advice|report|contribution)\s+(?:for|to)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""An e-mail sent as a professional's advice ("Subject: CAMHS advice for EHCNA"), not a
reply about one: the advice is its body."""
_CLINIC_LETTER = re.compile(
    r"\bnhs(?: no\.?| number)?:? ?\d{3} ?\d{3} ?\d{4}\b|\b(?:nhs|hospital) (?:no|number)\b|"
    r"\bcommunity health\b|\bhealth(?:care)? (?:nhs )?trust\b|\bnhs foundation trust\b"
)
_CLINICIAN_SAYS = re.compile(
    r"\b(?:i|we) (?:saw|watched|observed|reviewed|examined|assessed|have (?:referred|known|"
    r"assessed|reviewed|examined|been seeing))\b|\bon examination\b|"
    r"\bi am (?:\w+'s|his|her|their) (?:gp|consultant|paediatrician|doctor)\b|"
    r"\bi am the [\w ]{0,30}(?:nurse|consultant|paediatrician|doctor|therapist) who\b|"
    r"\bi am (?:the|a|\w+['’]s) [\w ]{0,30}(?:nurse|consultant|paediatrician|doctor|therapist) "
    r"for\b|"
    r"\bthank you for bringing \w+ to (?:the )?clinic\b|\bi met \w+ (?:with|in|at)\b|"
    r"\bseen:\s*\d|\bdiagnos[ie]s:"
)
"""A clinician writing of a patient they saw ("I saw Tobias in the orthotics clinic
today"), under a line naming the patient by NHS number: not an appointment letter."""
_BOOKING = re.compile(
    r"\bwaiting (?:list|time)\b|\bwe have received (?:a|your|the) referral\b|"
    r"\bpatient access\b|\bappointment (?:has been|is) (?:booked|arranged)\b"
)
"""A clinic office's letter about a referral or an appointment ("Saoirse has been placed on
our waiting list"): it names the therapy, but no clinician writes of the child in it."""
_FOR_THE_REVIEW = re.compile(
    r"\b(?:report|advice|contribution|update) (?:for|to) (?:the |an |his |her |their )?"
    r"(?:annual |interim )?review\b"
)
"""A professional's report written for a review ("Report for annual review of EHC plan"),
not the review's own record."""
_WITNESS_STATEMENT = re.compile(
    r"\bi believe (?:that )?the facts stated in this (?:witness )?statement are true\b|"
    r"^\W{0,3}(?:witness )?statement of [a-z][\w'.-]+ [\w'.-]+",
    re.IGNORECASE | re.MULTILINE,
)
"""A witness statement made for an appeal (its statement of truth, or "Statement of Andrew
Dunning"): the witness's evidence, of the kind its author writes, though it opens with the
tribunal's name and the appeal number."""
_FAMILY_DOCTOR = re.compile(
    r"\bi am (?:[\w-]+'s|his|her|their|the) (?:gp|general practitioner|family doctor|school nurse)"
    r"\b|\b(?:is|are) registered (?:with|at) (?:this|our|the) (?:practice|surgery)\b|\bmrcgp\b"
)
"""A GP or school nurse writing about their patient ("I am Tomasz's GP", "Taj is registered
with this practice"), as families ask them to for an assessment or an appeal: medical
evidence, though it is set out as a letter "to whom it may concern"."""
SIGNATURE_LINES = 8
SIGNATURE_WORDS = 8
_SIGNED_KINDS = {
    "educational psychologist": "ep_report",
    "speech and language therapist": "salt_report",
    "occupational therapist": "ot_report",
    "physiotherapist": "physio_report",
    "camhs practitioner": "camhs_report",
    "psychotherapist": "camhs_report",
}
"""A report signed by its author with their profession ("Dr Ffion Meredith, Educational
Psychologist") is that profession's report, whoever else it mentions (a class teacher, the
SENCo). Only professions whose reports have a kind of their own; a letter is still a letter."""
_TITLED_PROFESSIONS = {
    "educational psycholog": "ep_report",
    "speech and language therap": "salt_report",
    "occupational therap": "ot_report",
    "physiotherap": "physio_report",
    "camhs": "camhs_report",
}
"""Professions a pasted title names ("UPDATED SPEECH AND LANGUAGE THERAPY REPORT"), by the
start of their name, so that the field and the practitioner both count."""


def _profession_titled(title: str) -> str | None:
    """The kind of report a title names by its profession, if any."""
    lowered = title.lower()
    return next((kind for name, kind in _TITLED_PROFESSIONS.items() if name in lowered), None)


_BYLINE = re.compile(
    r"^\W*(?:(?:written|prepared|compiled|completed) by|report by|author|(?:witness )?statement of)"
    r"\s*[:|]?\s*|"
    r"^\W*(?:ep|psychologist|therapist|clinician|assessor)\s*[:|]\s*",
    re.I,
)
_BYLINE_KINDS = {
    **_SIGNED_KINDS,
    "senco": "school_report",
    "sendco": "school_report",
    "class teacher": "school_report",
}
"""Professions named beside the author at a report's top: a SENCo's report is the school's."""
_NOT_PLANS = ("other", "parent_views", "child_views")
"""Kinds a title or a voice may name that a plan's sections outrank."""
_FROM_TRIBUNAL = re.compile(r"\btribunal|\bhmcts\b|@justice\.gov\.uk\b", re.IGNORECASE)
"""An e-mail the tribunal sent: its notices, directions and decisions all speak of the
council's decision, but none is one."""
_SENT_BY_EMAIL = ("decision_letter", "tribunal_direction")
EMAIL_DECISION = 9  # a decision or order phrase in an e-mail's subject or opening lines
_DECIDED_OVER = (
    *PLAN_KINDS,
    "annual_review",
    "mediation_certificate",
    *PROFESSIONAL_REPORT_KINDS,
)
"""Kinds a council's letter giving a decision also talks about, but is not."""


def _titled_kind(text: str, stem: str) -> str | None:
    """The kind a document's own title names (see "titles" in kinds.json), if any; not
    asked of a letter, whose title lines are the sender's address."""
    title = squash(" ".join([stem, *first_lines(text, TITLE_LINES)]))
    for kind, phrases in kind_tables().get("titles", {}).items():
        if any(has_phrase(phrase, title) for phrase in phrases):
            return str(kind)
    return None


def _names_certificate(head: str) -> bool:
    """Whether a document's top speaks of a mediation certificate, as a letter issuing one
    does from its opening lines."""
    rules = [r for r in kind_tables()["rules"] if r["kind"] == "mediation_certificate"]
    return any(has_phrase(phrase, head) for rule in rules for phrase in rule["phrases"])


def _is_letter(text: str) -> bool:
    lowered = unscan(text[:BODY_CHARS].lower())
    return any(
        _SALUTATION.match(line.strip()) for line in lowered.splitlines()[:TOP_LINES]
    ) and bool(SIGN_OFF.search(lowered))
