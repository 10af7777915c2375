"""English affiliations: when an organisation named with a person's role is only where the person
works, not an actor of its own.

An organ of a state named before its officer's title ("Foreign Office spokesman X", "Kremlin
spokesman X", a state's army or coast guard: `affiliation_organs_en` in common_words.json) is the
speaker's post; a party or company there ("Labour Party leader X") is a side in what its officer
says. A commentator's employer (an economist's bank, an analyst's research firm:
`commentator_roles_en`) is no actor wherever it stands: before the title ("X economist Y"), or in
the role set beside the name ("Y, X's global CIO", "Y, chief economist at X"). `ActorChecks`
(`gazetteer_checks.py`) takes these methods from `EnglishAffiliation`; `Gazetteer` holds the words.
"""

from __future__ import annotations

from claimtracker.extract.appositions import CLAUSE_END


class EnglishAffiliation:
    """The English affiliation checks; mixed into `ActorChecks`, whose tables they read."""

    # set by `Gazetteer.__init__`
    _organs_en: tuple[str, ...]
    _commentators_en: frozenset[str]

    def _employer_en(self, text: str, tokens, i: int, j: int, ti: int, tj: int) -> bool:
        """Whether the organisation tokens[i:j] is only where the holder of the title tokens[ti:tj]
        works: an organ of a state, or any employer of a commentator (economist, analyst)."""
        return self._organ_en(text[tokens[i].start:tokens[j - 1].end]) \
            or any(tokens[k].text.lower() in self._commentators_en for k in range(ti, tj))

    def _role_after_name_en(self, text: str, tokens, i: int, j: int, titles: list[tuple[int, int]],
                            people: list[tuple[int, int]]) -> bool:
        """A commentator's employer in the role set beside the name: "X, Stonebridge's global CIO",
        "X, chief economist at Stonebridge", "X, an analyst at Stonebridge". The organisation
        tokens[i:j] is where the person works, as in "Stonebridge economist X"; an officer's party or
        company ("X, the party's leader") stays a side, as before a title."""
        def gap(a: int) -> str:
            return text[tokens[a].end:tokens[a + 1].start]

        def named_before(c: int) -> bool:
            # a person's name ends at token c, right before the comma
            return any(p <= c < p + 5 and CLAUSE_END.search(text, tokens[p].start, tokens[c].end) is None
                       for p, _ in people)

        def comma_before(k: int) -> int | None:
            # the token before the comma that opens the role phrase starting at token k ("the"/"a" skipped)
            if k >= 2 and tokens[k - 1].text.lower() in ("the", "a", "an") and gap(k - 2) == ", ":
                return k - 2
            return k - 1 if k >= 1 and gap(k - 1) == ", " else None

        # "X, BlackRock's global CIO": the organisation opens the role, a title follows its 's
        if j < len(tokens) and tokens[j].text == "s" and gap(j - 1) in ("'", "’") \
                and any(j < ti <= j + 3 and self._employer_en(text, tokens, i, j, ti, tj) for ti, tj in titles):
            c = comma_before(i)
            if c is not None and named_before(c):
                return True
        # "X, chief economist at Y": a title, "at", the organisation
        at = i - 1 if i >= 1 and tokens[i - 1].text.lower() != "the" else i - 2
        if at < 1 or tokens[at].text != "at":
            return False
        for ti, tj in titles:
            if tj in (at, at - 1) and ti < at and self._employer_en(text, tokens, i, j, ti, tj):
                c = comma_before(ti)
                if c is None:
                    # "X, an analyst at": a lowercase word or two before the title
                    k = ti
                    while k > 0 and ti - k < 3 and tokens[k - 1].text.islower() and gap(k - 1) == " ":
                        k -= 1
                    c = comma_before(k)
                if c is not None and named_before(c):
                    return True
        return False

    def _organ_en(self, name: str) -> bool:
        """Whether the English organisation `name` is an organ of a state (a ministry, an office, the
        Kremlin: `affiliation_organs_en` in common_words.json), which speaks through its officials."""
        return any(w in name for w in self._organs_en)
