"""English time grammar: patterns over the words of data/lexicons/time_en.json.

Each entry is (handler name, regex). Order matters: at one position the first pattern that
matches wins, so longer and more specific forms come first. Month and weekday names match only
capitalised, and the names that are also common words ("May", "March") need date context.
"""

from __future__ import annotations

from claimtracker.extract.time_lexicon import LangWords


def patterns(w: LangWords) -> list[tuple[str, str]]:
    # no word before, nor a word and a hyphen ("mid-May", "pre-June"); a day and a hyphen may stand
    # there, as in a range across months ("Jan. 31-Feb. 2")
    B, E = r"(?<![\w])(?<![^\W\d]-)", r"(?![\w])"
    mon_full = w.alt("months")
    mon_safe = w.alt("months", exclude=tuple(w.words("months_need_context")))
    mon_amb = w.alt("months_need_context")
    mon_abbr = w.alt("months_abbrev") + r"\.?"
    mon_any = f"(?:{mon_full}|{mon_abbr})"
    # "Super Tuesday", "Good Friday", "the Sunday Times" are names, not the next such day
    not_after = "".join(rf"(?<!{w.fold(x)}\s)" for x in w.words("weekday_not_after"))
    # "the Friday before the vote" is a day counted from an event, not the coming Friday
    # (but "on Friday before the leaders leave" is that Friday)
    # (and "the Friday after next" is a date)
    after_next = "|".join(sorted({w.fold(x.split()[-1]) for x in w.words("rel_after_next")}))
    relative_day = (rf"(?:(?<!{w.alt('the')}\s)|(?!\w+\s+(?:{w.alt('anchor_after', 'anchor_before')})\s+"
                    rf"(?!(?:{after_next})(?!\w))))")
    wd = rf"{not_after}{relative_day}{w.alt('weekdays')}(?!\s+{w.alt('weekday_not_before')}(?![\w]))"
    sfx = w.alt("day_suffixes")
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{sfx})?(?!\d)"
    dayc = r"(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:19|20)\d\d(?!\d)"
    num = rf"(?:\d{{1,4}}|{w.alt('numbers')})"
    few = w.alt("few")
    unit = w.alt("units")
    punit = w.alt("plural_units")
    rel = w.alt("rel")
    next2 = w.alt("rel_after_next")
    relnew = w.alt("rel_new")  # "the new year"
    relwd = w.alt("rel_weekday")
    part = w.alt("parts")
    ordw = w.alt("ordinals")
    the = w.alt("the")
    of = w.alt("of")
    tod = w.alt("time_of_day")
    conn_day = rf"(?:\s*{w.alt('day_connectors')}\s*)"
    prep = w.alt("preps")
    ctx_before = w.alt("month_context_before")
    period_unit = w.alt("period_units")
    week = w.alt("week_word")
    yw = w.alt("year_word")
    det = w.alt("determiners")
    on = w.alt("on")
    pos = r"(?:['’]s)?"
    not_season = "".join(rf"(?<!{w.fold(x)}\s)" for x in w.words("season_not_after"))
    # the "July Charter", the October Revolution: a month alone before such a noun is a name
    not_named = rf"(?!\s+(?:{w.alt('month_not_before')}){E})"
    return [
        ("numeric", rf"{B}(?P<iso>(?P<y>{year})-(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})){E}"),
        ("numeric", rf"{B}(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{year}){E}"),
        # "Tuesday, October 15, 2025", "Oct. 22", "February 4 and 18, 2024"
        # "the week of November 10": the week (Monday to Sunday) that holds the day
        # "on Thursday and Friday, February 4 and 5", "March 26, 27 and 28": the first day to the last
        ("date", rf"{B}(?:(?:{prep})\s+)?(?:(?P<wof>{the}\s+{week}\s+{of})\s+)?(?:{wd}(?:{conn_day}{wd})?,?\s+)?(?P<month>{mon_any})\s+(?P<day>{day})"
                 rf"(?:(?:,\s*{day})*{conn_day}(?P<day2>{day}))?(?:,?\s+(?P<year>{year}))?{E}{pos}"),
        # "15 October 2025", "the 4th of July", "the first of October"
        # a day in words needs its article: "the first of October", but "last October" is a month;
        # only "of" joins them ("Block 13 in April" is a month, not April 13)
        ("date", rf"{B}(?:(?:{prep})\s+)?(?:{wd},?\s+)?(?:(?:{the}\s+)?(?P<day>{day})|{the}\s+(?P<dayw>{ordw}))"
                 rf"(?:{conn_day}(?P<day2>{day}))?\s+(?:of\s+)?(?P<month>{mon_any})(?:,?\s+(?P<year>{year}))?{E}"),
        # "on the 14th of the same month": before `day_only`, which would read the publication month
        ("date", rf"{B}(?:{on}\s+)?(?:{the}\s+)?(?P<day>{day})\s+(?:{of}\s+)?(?P<same>{w.alt('same_month')}){E}"),
        # "the second Friday of October", "the last Monday in May": that day of the month
        ("nth_weekday", rf"{B}(?:{on}\s+)?(?:{the}\s+)?(?P<nth>{ordw})\s+(?P<nwd>{w.alt('weekdays')})\s+{of}\s+"
                  rf"(?P<month>{mon_full})(?:,?\s+(?P<year>{year}))?{E}"),
        # "the second week of July", "the last week of next month"
        ("month", rf"{B}(?:{the}\s+)?(?P<wk>{ordw})\s+{week}\s+(?:{of}\s+)(?P<month>{mon_full})"
                  rf"(?:,?\s+(?P<year>{year}))?{E}"),
        ("period", rf"{B}(?:{the}\s+)?(?P<wk>{ordw})\s+{week}\s+(?:{of}\s+)(?P<rel>{rel})\s+(?P<unit>{w.alt('month_word')}){E}"),
        # "late May 2019", "mid-June", "early next month" comes under period below
        ("month", rf"{B}(?:(?P<part>{part})[\s-]+|(?:{prep})\s+(?:{det}\s+)?)?(?P<month>{mon_any}),?\s+"
                  rf"(?P<year>{year}){E}"),
        # "the second half of June"
        ("month", rf"{B}(?:{the}\s+)?(?P<mhalf>{ordw})\s+{w.alt('half')}\s+(?:{of}\s+)(?P<month>{mon_full})"
                  rf"(?:,?\s+(?P<year>{year}))?{E}"),
        # "October last year", "in March of next year": the month of the year named after it
        ("month", rf"{B}(?:(?P<part>{part})[\s-]+|(?:{prep})\s+(?:{det}\s+)?)?(?P<month>{mon_full}),?\s+"
                  rf"(?:{of}\s+)?(?P<yrel>{rel})\s+{yw}{E}"),
        ("month", rf"{B}(?P<part>{part})[\s-]+(?P<month>{mon_full}){E}"),
        ("month", rf"{B}(?P<rel>{rel})\s+(?P<month>{mon_full}){E}"),
        # weekdays: "today, Tuesday", "next Tuesday", "on Wednesday midnight", "Saturday's"
        ("weekday", rf"{B}(?:(?P<today>{w.alt('today_words')}),?\s+)(?P<wd>{wd}){E}"),
        # "the Tuesday after next", "the week after next"
        ("weekday", rf"{B}(?:{on}\s+)?(?:{the}\s+)?(?P<wd>{wd})\s+(?P<rel>{next2}){E}"),
        ("period", rf"{B}(?:(?P<part>{part})[\s-]+)?(?:{the}\s+)?(?P<unit>{period_unit})\s+(?P<rel>{next2}){E}"),
        ("weekday", rf"{B}(?:{on}\s+)?(?:(?P<rel>{relwd})\s+)?(?P<wd>{wd})(?:\s+(?:{tod}))?"
                    rf"(?P<poss>['’]s)?{E}"),
        # the period grammar: "end of next week", "earlier this month", "next year's", "the end of the year"
        ("period", rf"{B}(?:(?P<part>{part})[\s-]+)?(?:(?P<el>{w.alt('earlier_later')})\s+)?(?P<rel>{rel}|{relnew})\s+"
                   rf"(?P<unit>{period_unit}){pos}{E}"),
        # "later in the year", "earlier in the week": of this one
        ("period", rf"{B}(?P<el>{w.alt('earlier_later')})\s+(?:{the}\s+)(?P<unit>{period_unit}){E}"),
        ("period", rf"{B}(?P<part>{part})\s+(?:{the}\s+)(?P<unit>{period_unit}){E}"),
        ("period", rf"{B}(?:{the}\s+)?(?P<ord>{ordw})\s+(?P<hq>{w.alt('half', 'quarter')})\s+(?:{of}\s+)"
                   rf"(?:(?P<rel>{rel})\s+|{the}\s+)?(?P<unit>{yw}|{w.alt('month_word')}){E}"),
        ("year_end", rf"{B}(?:{w.alt('year_end')}){E}"),
        ("hijri", rf"{B}(?:(?P<ctx>{prep})\s+)?(?:(?P<rel>{rel})\s+|{the}\s+)?(?:(?P<hmonth>{w.alt('hijri_months')})"
                  rf"|(?P<feast>{w.alt('hijri_feasts')})){E}"),
        # seasons: "in the autumn", "next spring", "late summer 2026"; not "prices fall", "the fall of
        # Kabul" or "the Arab Spring", nor a named period ("before the winter session ends on December
        # 19": the session, which the text dates, not the season)
        ("season", rf"{B}(?:(?P<part>{part})\s+(?:{the}\s+)?|(?:(?P<rel>{rel})|{the}|{prep})\s+(?:{the}\s+)?){not_season}"
                   rf"(?P<season>{w.alt('seasons')})(?:\s+(?:{of}\s+)?(?P<year>{year}))?{E}(?!\s+{of}\s)"
                   rf"(?!\s+{w.alt('season_not_before')}{E})"),
        ("season", rf"{B}(?:(?P<part>{part})\s+)?{not_season}(?P<season>{w.alt('seasons')})\s+(?P<year>{year}){E}"),
        ("hijri", rf"{B}(?:(?P<ctx>{prep})\s+)?(?:(?P<rel>{rel})\s+|{the}\s+)?(?:(?P<hmonth>{w.alt('hijri_months')})"
                  rf"|(?P<feast>{w.alt('hijri_feasts')})){E}"),
        ("year", rf"{B}(?:(?P<part>{part})\s+)?(?:{the}\s+)?(?P<ord>{ordw})\s+(?P<hq>{w.alt('half', 'quarter')}){E}"
                 rf"(?!\s+{of}\s)"),
        ("weekend", rf"{B}(?:(?P<rel>{rel})\s+|{the}\s+)?{w.alt('weekend')}{E}"),
        ("feast", rf"{B}(?:(?P<rel>{rel})\s+|{the}\s+)?(?P<gfeast>{w.alt('fixed_feasts')})(?:\s+(?P<year>{year}))?{E}"),
        # years: "the first half of 2026", "Q3 2026", "in 2026", "at the end of 2021", "mid-2026"
        ("year", rf"{B}(?:{the}\s+)?(?P<ord>{ordw})\s+(?P<hq>{w.alt('half', 'quarter')})\s+(?:{of}\s+)"
                 rf"(?:{the}\s+{yw}\s+)?(?P<year>{year}){E}"),
        ("year", rf"{B}(?:(?P<hcode>{w.alt('half_codes')})|(?P<qcode>{w.alt('quarter_codes')}))"
                 rf"\s*(?P<year>{year}){E}"),
        # "in Q3", "by H2": of the publication year
        ("year", rf"{B}(?:{w.alt('year_context_before')})\s+(?:{the}\s+)?(?:(?P<hcode>{w.alt('half_codes')})"
                 rf"|(?P<qcode>{w.alt('quarter_codes')})){E}(?!\s*['’]?\d)"),
        ("year", rf"{B}(?P<part>{part})[\s-]+(?:{the}\s+{yw}\s+)?(?P<year>{year}){E}"),
        # "the 2027 election", "its 2026 budget": a year naming the event after it
        ("year", rf"{B}(?:{the}|{det})\s+(?P<year>{year})(?=[ \t]+[a-z])"),
        ("year", rf"{B}(?:{w.alt('year_context_before')})\s+(?:{the}\s+{yw}\s+)?(?P<year>{year})"
                 rf"(?:{conn_day}(?P<year2>{year}))?{E}"),
        # "within 14 days", "in the next few days", "the coming weeks", "the few coming days"
        # "within two to three weeks": up to the larger count
        ("within", rf"{B}(?:{w.alt('within')})\s+(?:{the}\s+)?(?:(?P<few>{few})\s+|(?P<num>{num})(?:{conn_day}(?P<num2>{num}))?[\s-]+)?"
                   rf"(?:{w.alt('more')}\s+)?(?P<unit>{unit}){E}"),
        ("within", rf"{B}(?:{the}\s+)?(?:(?P<few>{few})\s+)?(?P<rel>{rel})\s+(?:(?P<few2>{few})\s+|(?P<num>{num})\s+)?"
                   rf"(?P<unit>{punit}){E}"),
        ("within", rf"{B}(?:{the}\s+)?(?:(?P<few>{few})\s+)?(?P<unit>{punit})\s+{w.alt('ahead')}{E}"),
        # "three days after the election", "two days before the vote": counted from that event (time_combine)
        ("in_n", rf"{B}(?P<num>{num})\s+(?P<unit>{unit})(?=[ \t]+(?:{w.alt('anchor_after')})[ \t]+[\w\"“])"),
        ("ago", rf"{B}(?P<num>{num})\s+(?P<unit>{unit})(?=[ \t]+(?:{w.alt('anchor_before')})[ \t]+[\w\"“])"
                rf"(?![ \t]+\w+[ \t]+(?:{w.alt('anchor_now')}){E})"),
        ("ago", rf"{B}(?P<num>{num})\s+(?P<unit>{unit})\s+(?:{w.alt('ago')}){E}"),
        ("in_n", rf"{B}(?:{w.alt('in_n')})\s+(?P<num>{num})(?:{conn_day}(?P<num2>{num}))?\s+(?P<unit>{unit})(?:['’]s?\s+time)?{E}"),
        ("in_n", rf"{B}(?P<num>{num})\s+(?P<unit>{unit})\s+(?:{w.alt('after_n')}){E}"),
        # "a runoff two weeks later": after the date just before, else after publication
        ("in_n", rf"{B}(?P<num>{num})\s+(?P<unit>{unit})\s+(?P<later>{w.alt('later_n')}){E}"),
        ("duration", rf"{B}(?:{w.alt('duration')})\s+(?:(?P<num>{num})[\s-]+)?(?P<unit>{unit}){E}"),
        # "a three-day strike from Monday", "a 48-hour stoppage on Tuesday": a duration before its noun
        # (time_anchors.anchor_durations dates it from the day that follows the noun)
        ("duration", rf"{B}(?P<num>{num})-(?P<unit>{unit}){E}"),
        ("fixed", rf"{B}(?P<fixed>{w.alt('fixed_days')}){E}"),
        # "as soon as next week": "soon" there opens the date after it (a prefix), no window of its own
        # "on the eve of the vote": a day counted from an event (time_anchors.anchor_counts)
        ("event_day", rf"{B}(?:(?:{prep})\s+)?(?P<eday>{w.alt('event_days')}){E}(?=\s+{of}\s)"),
        # "on polling day": the day of an election the text dates elsewhere
        ("event_day", rf"{B}(?:(?:{prep})\s+)?(?P<pday>{w.alt('polling_days')}){E}"),
        # "soon after the vote", "shortly thereafter": soon after another event, not after publication
        ("soon", rf"{B}(?!(?<=as )soon\s+as\s)(?:{w.alt('soon')}){E}(?!\s+(?:{w.alt('soon_not_before')}){E})"),
        ("vague", rf"{B}(?:{w.alt('vague')}){E}(?!\s+{w.alt('vague_not_before')}{E})"),
        # month names alone: safe names anywhere, "May"/"March" only after a date word
        ("month", rf"{B}(?:(?:{prep})\s+(?:{det}\s+)?)?(?P<month>{mon_safe}){pos}{E}(?!\s+\d){not_named}"),
        ("month", rf"{B}(?P<ctx>{ctx_before})\s+(?P<month>{mon_amb}){E}(?!\s+\d){not_named}"),
        # "as early as May": the open start is the context, and stays outside the phrase for the
        # prefix rules to read (an empty group, `apfx`, says it is there)
        ("month", rf"(?P<apfx>(?<=as early as )|(?<=as soon as )|(?<=as late as ))(?P<month>{mon_amb}){E}"
                  rf"(?!\s+\d){not_named}"),
        ("day_only", rf"{B}{on}\s+(?:{the}\s+)?(?P<day>{dayc})(?:{sfx}){E}"
                     rf"(?!\s+(?:{of}\s+)?{w.alt('same_month')}{E})"),
    ]
