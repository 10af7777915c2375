"""Arabic time grammar: patterns over the folded words of data/lexicons/time_ar.json.

Patterns run on `normalize()`d text with Arabic-Indic digits folded to ASCII, so every word
here is in folded form (ا for أ/إ/آ, ه for ة, ي for ى). Words may carry the clitics و ف ب ل.
Modifiers follow the noun (الأسبوع المقبل, أيار المقبل); the first pattern that matches at a
position wins, so longer forms come first.
"""

from __future__ import annotations

from claimtracker.extract.time_lexicon import LangWords


def patterns(w: LangWords) -> list[tuple[str, str]]:
    B, E = r"(?<!\w)", r"(?!\w)"
    CL = r"(?:[وف]?[بل]?)"
    mon = w.alt("months")
    # «ثورة يوليو», «حرب أكتوبر», «ثورة 25 يناير»: a month (or a day and month) after such a noun names an event
    named_after = "".join(rf"(?<!{w.fold(x)}\s)" for x in w.words("month_not_after"))
    after_month = "(?:" + "|".join(rf"(?<={w.fold(x)}\s)" for x in w.words("months")) + ")"
    month = rf"{named_after}(?P<month>{mon})(?:\s*[/(]\s*(?P<month2>{mon})\s*\)?)?"
    not_ordinal = "".join(rf"(?<!{w.fold(x)}\s)" for x in w.words("ordinals"))
    # "بين الاثنين" is "between the two", "الأحد عشر" is "the eleven"
    not_after = "".join(rf"(?<!{fold_word}\s)" for fold_word in (w.fold(x) for x in w.words("weekday_not_after")))
    wd = rf"{not_after}{w.alt('weekdays')}(?!\s+{w.alt('weekday_not_before')}(?!\w))"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
    year = r"(?:19|20)\d\d(?!\d)"
    num = rf"(?:\d{{1,4}}|{w.alt('numbers')})"
    few = w.alt("few")
    unit = w.alt("units")
    dual = w.alt("dual_units")
    punit = w.alt("plural_units")
    sing = w.alt("singular_units")
    rel = w.alt("rel")
    next2 = w.alt("rel_after_next")  # "الأسبوع بعد المقبل"
    relnew = w.alt("rel_new")  # "العام الجديد"
    # a word before «الغد» that makes it tomorrow: a time of day, «يوم», «من»
    after_ctx = "(?:" + "|".join(rf"(?<={w.fold(x)}\s)" for x in [*w.words("time_of_day_before"), *w.words("fixed_context")]) + ")"
    relb = w.alt("rel_before")
    part = w.alt("parts")
    ordw = w.alt("ordinals")
    of = w.alt("of")
    andw = rf"(?:\s*(?:{w.alt('and')})\s*)"
    mw = w.alt("month_word")
    dayw = w.alt("day_word")
    tod = w.alt("time_of_day_before")
    yw = w.alt("year_word")
    ctx = w.alt("month_context_before")
    prep = w.alt("preps")
    pn = w.alt("period_nouns")
    today = w.alt("today_words")
    sep = r"[\s\"“”«»'()]*"
    # "قبل يوم الخميس" is "before Thursday", "بعد شهر أكتوبر" "after October": not a day or a month away
    not_named = rf"(?!\s+{CL}(?:{w.alt('weekdays', 'months', 'hijri_months')}){E})"
    yr_tail = rf"(?:\s+(?:{of}\s+)?(?:{yw}\s*)?(?P<year>{year}))?"
    return [
        ("numeric", rf"{B}(?P<iso>(?P<y>{year})[-/](?P<a>\d{{1,2}})[-/](?P<b>\d{{1,2}})){E}"),
        ("numeric", rf"{B}(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>{year}){E}"),
        # "اليوم الأحد 8 جوان 2014", "يومي 21 و 22 جويلية الجاري", "في 25 تشرين الثاني", "15 شباط/فبراير"
        # "يومي الخميس والجمعة 4 و5 فيفري", "أيام 26 و27 و28 مارس": the first day to the last
        # (a day may carry «و» written onto its digits: «بين 20 يوليوز و5 غشت»)
        ("date", rf"{B}(?:{CL}(?:{prep})\s+)?(?:(?:{tod})\s+)?(?:(?:{today}|{dayw})\s+)?(?:{wd}(?:{andw}{wd})?{sep})?"
                 rf"(?:و(?=\d))?{named_after}(?P<day>{day})(?:(?:{andw}{day})*{andw}?(?P<day2>{day}))?\s*(?:{of}\s+)?(?:{mw}\s+)?{month}"
                 rf"(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # Hijri: "15 شعبان 1446 هـ", "شهر رمضان المقبل", "عيد الأضحى"; not "رجب طيب أردوغان"
        ("hijri", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<day>{day})\s+(?:{of}\s+)?(?:{mw}\s+)?(?P<hmonth>{w.alt('hijri_months')})"
                  rf"(?:\s+(?P<rel>{rel}))?(?:\s+(?P<year>1[34]\d\d)\s*(?:{w.alt('hijri_year_marks')})?)?{E}"),
        # «العاشر من رمضان»: an ordinal day; «مدينة العاشر من رمضان» is a city, and «من رمضان» after
        # an ordinal is never "from Ramadan"
        ("hijri", rf"{B}(?:{CL}(?:{prep})\s+)?{named_after}(?P<dayw>{ordw})\s+(?:{of}\s+)(?:{mw}\s+)?(?P<hmonth>{w.alt('hijri_months')})"
                  rf"(?:\s+(?P<rel>{rel}))?(?:\s+(?P<year>1[34]\d\d)\s*(?:{w.alt('hijri_year_marks')})?)?{E}"),
        ("hijri", rf"{B}{not_ordinal}(?:{CL}(?P<ctx>{ctx})\s+)?(?:{CL}(?P<mw>{mw})\s+)?(?P<hmonth>{w.alt('hijri_months')})"
                  rf"(?:\s+(?P<rel>{rel}))?(?:\s+(?P<year>1[34]\d\d)\s*(?:{w.alt('hijri_year_marks')})?)?{E}"),
        ("hijri", rf"{B}(?:{CL}(?:{prep})\s+)?{CL}(?P<feast>{w.alt('hijri_feasts')})(?:\s+(?P<rel>{rel}))?{E}"),
        ("feast", rf"{B}(?:{CL}(?:{prep})\s+)?{CL}(?P<gfeast>{w.alt('fixed_feasts')})(?:\s+(?P<rel>{rel}))?"
                  rf"(?:\s+(?P<year>{year}))?{E}"),
        # "النصف الثاني من جوان": half a month, before "الثاني من ..." reads as its second day
        ("month", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{w.alt('half')})\s+(?P<mhalf>{ordw})\s+(?:{of}\s+)(?:{mw}\s+)?"
                  rf"{month}(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "غرة جويلية": the first day of the month, with no «من»
        ("date", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<dayw>{w.alt('first_day_words')})\s+(?:{of}\s+)?(?:{mw}\s+)?{month}"
                 rf"(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "يوم الجمعة الثانية من أكتوبر", "الاثنين الأخير من مايو": that weekday of the month, before
        # "الثانية من أكتوبر" reads as its second day
        ("nth_weekday", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{dayw}\s+)?(?P<nwd>{w.alt('weekdays')})\s+(?P<nth>{ordw})\s+(?:{of}\s+)"
                  rf"(?:{mw}\s+)?{month}(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "الثاني من نيسان المقبل"
        ("date", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{dayw}\s+)?(?P<dayw>{ordw})\s+(?:{of}\s+)(?:{mw}\s+)?{month}"
                 rf"(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "13 من الشهر نفسه", "25 الجاري", "15 من الشهر المقبل"
        ("date", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<day>{day})\s+(?:{of}\s+)?(?P<same>{w.alt('same_month')}){E}"),
        ("date", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<day>{day})\s+(?:{of}\s+)?(?:{pn}\s+)?(?P<rel>{rel}){E}"),
        # "الأسبوع الثاني من تموز", "الأسبوع الأخير من الشهر المقبل"
        ("month", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{w.alt('week_word')})\s+(?P<wk>{ordw})\s+(?:{of}\s+)(?:{mw}\s+)?"
                  rf"{month}(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        ("period", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{w.alt('week_word')})\s+(?P<wk>{ordw})\s+(?:{of}\s+)"
                   rf"(?P<unit>{pn})(?:\s+(?P<rel>{rel}))?{E}"),
        # «في تموز وآب», «جويلية أو أوت»: a month joined to the month before it needs no other context
        ("month", rf"{after_month}(?P<mand>و|او\s+){month}(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "نهاية شهر شباط/فبراير الجاري", "أيار المقبل", "في أكتوبر", "تشرين الأول (أكتوبر) 2025"
        # (not after a day the date pattern left: «ثورة 25 يناير» is a name)
        # (a month may carry a clitic: «بين يونيو وسبتمبر», «في مايو أو بيونيو»)
        ("month", rf"{B}(?<!\d\s)(?:{CL}(?P<ctx>{ctx})\s+)?(?:{CL}(?P<part>{part})\s+)?(?:{CL}(?P<mw>{mw})\s+)?{CL}{month}"
                  rf"(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        # "النصف الثاني من العام الجاري", "الربع الأول من 2026"
        ("year", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<hq>{w.alt('half', 'quarter')})\s+(?P<ord>{ordw})\s+(?:{of}\s+)?"
                 rf"(?:{yw}\s*)?(?P<year>{year}){E}"),
        ("period", rf"{B}(?:{CL}(?:{prep})\s+)?(?P<hq>{w.alt('half', 'quarter')})\s+(?P<ord>{ordw})\s+(?:{of}\s+)?"
                   rf"(?P<unit>{pn})(?:\s+(?P<rel>{rel}))?{E}"),
        # "في وقت لاحق من هذا العام"
        ("period", rf"{B}(?P<el>{w.alt('earlier_later')})\s+(?:(?P<rel>{relb})\s+)?(?P<unit>{pn})"
                   rf"(?:\s+(?P<rel2>{rel}))?{E}"),
        # "خلال الأيام المقبلة", "في غضون 14 يوما", "خلال أسبوعين", "خلال الـ48 ساعة المقبلة", "في قادم الأيام"
        # («خلال ثلاثة إلى ستة أشهر»: up to the larger count)
        ("within", rf"{B}{CL}(?:{w.alt('within')})\s*(?:ال\s*)?(?P<num>{num})"
                   rf"(?:\s*(?:{w.alt('connectors')})\s*(?P<num2>{num}))?\s+(?P<unit>{unit})"
                   rf"(?:\s+(?P<rel>{rel}))?{E}"),
        ("within", rf"{B}{CL}(?:{w.alt('within')})\s+(?:ال)?(?P<dual>{dual})(?:\s+(?P<rel>{rel}))?{E}"),
        # "خلال أسبوع", "بعد شهر واحد": one unit
        # («خلال عام 2027», «خلال شهر أكتوبر»: that year or month, not one from publication)
        ("within", rf"{B}{CL}(?:{w.alt('within')})\s+(?P<one>{sing})(?:\s+{w.alt('one_words')})?{E}"
                   rf"(?!\s+(?:{CL}(?:{mon}|{w.alt('hijri_months')}){E}|{year}))"),
        # «خلال أشهر الشتاء», «خلال ساعات الليل»: an indefinite plural before a definite noun is
        # the months of something (a construct), no count from publication
        # «خلال الأيام العشرة المقبلة», «في الأشهر الستة المقبلة», «الساعات الـ48 المقبلة»: a definite
        # plural, its number after it, and "next" (or "last")
        ("within", rf"{B}(?:{CL}(?:{w.alt('within')})\s+|{CL}(?:{prep})\s+)?(?P<unit>{punit})\s+(?:ال\s*)?"
                   rf"(?P<num>{num})\s+(?P<rel>{rel}){E}"),
        # («خلال الأيام الأولى من الشهر المقبل»: the first days of a period, a part of it, no count)
        # («خلال السنوات الأخيرة»: recent years, the past)
        ("within", rf"{B}{CL}(?:{w.alt('within')})\s+(?:(?P<few>{few})\s+)?(?P<unit>{punit})(?!\s+(?!(?:{rel}|{few}){E})\S+\s+(?:{of})\s)"
                   rf"(?!\s+(?:(?:{few})\s+)?(?:{w.alt('recent')}){E})"
                   rf"(?:(?<=ال\w\w\w\w)|(?<=ال\w\w\w\w\w)|(?<=ال\w\w\w\w\w\w)|(?!\s+(?!(?:{few}|{rel}){E})ال))"
                   rf"(?:\s+(?:{few}))?(?:\s+(?P<rel>{rel}))?{E}"),
        ("within", rf"{B}{CL}(?P<unit>{punit})\s+(?:(?:{few})\s+)?(?P<rel>{w.alt('rel')}){E}"),
        # "الأسبوع المقبل", "نهاية الأسبوع الجاري", "مطلع الشهر المقبل", "العام الماضي", "هذا العام"
        ("period", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{CL}(?P<part>{part})\s+)?{CL}(?P<unit>{pn})\s+(?P<rel>{rel}|{next2}|{relnew}){E}"),
        ("period", rf"{B}(?:{CL}(?:{prep})\s+)?(?:{CL}(?P<part>{part})\s+)?{CL}(?P<rel>{relb})\s+(?P<unit>{pn}){E}"),
        # seasons need فصل, a relative word or a year: "الربيع العربي" is not a season
        ("season", rf"{B}(?:{CL}(?P<part>{part})\s+)?{CL}(?:{w.alt('season_word')})\s+(?P<season>{w.alt('seasons')})"
                   rf"(?:\s+(?P<rel>{rel}))?{yr_tail}{E}"),
        ("season", rf"{B}(?:{CL}(?P<part>{part})\s+)?{CL}(?P<season>{w.alt('seasons')})(?:\s+(?P<rel>{rel})"
                   rf"|\s+(?:{of}\s+)?(?:{yw}\s*)?(?P<year>{year})){E}"),
        ("weekend", rf"{B}{CL}(?:{w.alt('weekend')})(?:\s+(?P<rel>{rel}))?{E}"),
        # "مطلع العام" is this year's; "مطلع العام 2026" is 2026's (a year pattern below)
        ("period", rf"{B}(?:{CL}(?:{prep})\s+)?{CL}(?P<part>{part})\s+(?P<unit>{pn}){E}(?!\s*{year})"),
        # years: "عام 2026", "نهاية عام 2021", "مطلع 2026", "في 2026"
        ("year", rf"{B}(?:{CL}(?P<part>{part})\s+)?{CL}(?:{yw})\s*(?P<year>{year})"
                 rf"(?:{andw}(?:{yw}\s*)?(?P<year2>{year}))?{E}"),
        ("year", rf"{B}{CL}(?P<part>{part})\s+(?P<year>{year}){E}"),
        ("year", rf"{B}{CL}(?:{w.alt('year_context_before')})\s+(?:{yw}\s*)?(?P<year>{year})"
                 rf"(?:{andw}(?:{yw}\s*)?(?P<year2>{year}))?{E}"),
        # weekdays: "اليوم الثلاثاء", "غداً الإثنين", "يوم الأربعاء الماضي", "صباح الخميس", "والجمعة"
        ("weekday", rf"{B}(?:(?:{tod})\s+)?(?P<today>{today}){sep}(?:{dayw}\s+)?(?P<wd>{wd}){E}"),
        ("weekday", rf"{B}(?:(?:{tod})\s+)?(?:{dayw}\s+)?(?P<tomorrow>{w.alt('fixed_days')}){sep}(?:{dayw}\s+)?(?P<wd>{wd}){E}"),
        ("weekday", rf"{B}(?:{CL}(?:{tod})\s+)?(?:{CL}(?:{dayw})\s+)?{CL}(?P<wd>{wd})(?:\s+(?P<rel>{rel}|{next2}))?{E}"),
        # "بعد ذلك بأسبوعين", "بعد أسبوعين من ذلك": after the date just before
        ("in_n", rf"{B}{CL}(?P<later>{w.alt('later_n')})\s+ب(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual})"
                 rf"|(?P<one>{sing})){E}"),
        # «قبل ذلك بأسبوعين»: before the date just before
        ("in_n", rf"{B}{CL}(?P<earlier>{w.alt('earlier_n')})\s+ب(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual})"
                 rf"|(?P<one>{sing})){E}"),
        ("in_n", rf"{B}{CL}(?:{w.alt('in_n')})\s+(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual})"
                 rf"|(?P<one>{sing})(?:\s+{w.alt('one_words')})?){E}{not_named}"),
        ("ago", rf"{B}{CL}(?:{w.alt('ago')})\s+(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual})"
                rf"|(?P<one>{sing})(?:\s+{w.alt('one_words')})?){E}{not_named}"),
        # «لمدة ستة أشهر أخرى»: a count that goes on is still a duration
        ("duration", rf"{B}(?:{CL}(?:{w.alt('duration')})\s+|[وف]?ل)(?:(?P<num>{num})\s+(?P<unit>{unit})"
                     rf"|(?P<dual>{dual})|(?P<one>{sing})(?:\s+{w.alt('one_words')})?)(?:\s+(?:{w.alt('more')}))?{E}"),
        # «تمديدها ثلاثين يوما اعتبارا من الخميس»: a bare count is a duration when its start follows
        ("duration", rf"{B}(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual}))(?:\s+(?:{w.alt('more')}))?{E}"
                     rf"(?=\s+{CL}(?:{w.alt('duration_from', exclude=('من',))}){E})"),
        # «قبل القمة بيومين», «بعد الاقتراع بثلاثة أيام»: a count after the event it is counted from
        # (a definite noun and up to two definite adjectives or nouns); «بعد ذلك بأسبوعين» is in_n
        ("event_count", rf"{B}{CL}(?:(?P<before>{w.alt('event_count_before')})|(?:{w.alt('event_count_after')}))\s+"
                        rf"(?:[وفبل]?ال\w+)(?:\s+ال\w+){{0,2}}\s+ب(?:(?P<num>{num})\s+(?P<unit>{unit})|(?P<dual>{dual})"
                        rf"|(?P<one>{sing})){E}"),
        # «عشية الانتخابات»: the day before an event named right after it (time_anchors.anchor_counts),
        # not «عشية الأحد» (Sunday evening) or «عشية اليوم»
        ("event_day", rf"{B}(?:{CL}(?:{prep})\s+)?{CL}(?P<eday>{w.alt('event_days')})(?=\s+\w)"
                      rf"(?!\s+{CL}(?:{w.alt('weekdays', 'fixed_days', 'today_words')}){E})"),
        # «يوم الاقتراع»: the day of an election the text dates elsewhere
        ("event_day", rf"{B}(?:{CL}(?:{prep})\s+)?{CL}(?P<pday>{w.alt('polling_days')}){E}"),
        ("soon", rf"{B}{CL}(?:{w.alt('soon')}){E}"),
        ("vague", rf"{B}{CL}(?:{w.alt('vague')}){E}"),
        # "صباح الغد", "ابتداء من الغد", "يوم غد": «الغد» alone is also "the future" (and a newspaper)
        ("fixed", rf"{B}(?:(?:{tod})\s+)?{after_ctx}(?P<fixed>{w.alt('fixed_with_context')}){E}"),
        ("fixed", rf"{B}(?:(?:{tod})\s+)?(?:{dayw}\s+(?!\S+{sep}(?:{dayw}\s+)?{wd}))?{CL}(?P<fixed>{w.alt('fixed_days')}){E}"
                  rf"(?!\s+(?:{w.alt('today_not_before')}){E})"),
    ]
