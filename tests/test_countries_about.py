"""The countries an article is about: a country named once, in no claim, by no actor and not as a
venue is background ("a former Portuguese colony"); named twice, in a claim, by an actor's country
or as the place where something happens, it counts. Our own sentences."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import extract
from claimtracker.extract.country_lists import about
from claimtracker.extract.document import CountrySpan

PUB = date(2026, 3, 2)


def countries(res, text: str, lang: str) -> list[str]:
    return list(extract(text, PUB, lang, res).countries)


def test_background_country_named_once_is_left_out_in_english(res):
    text = ("Guinea-Bissau will hold a presidential election on November 23, the electoral "
            "commission said on Monday.\n"
            "The country, a former Portuguese colony of two million people, has seen several coups "
            "since independence.")
    got = countries(res, text, "en")
    assert "GW" in got
    assert "PT" not in got


def test_background_comparison_is_left_out_in_english(res):
    text = ("Chile's senate is expected to vote on the lithium bill next week, lawmakers said.\n"
            "Chile is the second-largest producer of the metal after Australia.")
    got = countries(res, text, "en")
    assert "CL" in got and "AU" not in got


def test_background_country_named_once_is_left_out_in_arabic(res):
    text = ("من المقرر أن يزور وزير الخارجية الموريتاني الرباط الأسبوع المقبل لبحث خط الربط الكهربائي.\n"
            "وتعد موريتانيا بوابة رئيسية للتجارة المغربية نحو السنغال وبقية دول غرب أفريقيا.")
    got = countries(res, text, "ar")
    assert {"MR", "MA"} <= set(got)
    assert "SN" not in got


def test_a_venue_named_once_still_counts(res):
    text = ("The two delegations will meet again in Nairobi next week, mediators said.\n"
            "The last round of talks was held in Switzerland in August without the army's delegation.")
    assert "CH" in countries(res, text, "en")
    text_ar = ("ستستأنف المفاوضات في نيروبي الأسبوع المقبل بحسب الوسطاء.\n"
               "وكانت آخر جولة من المحادثات قد انعقدت في سويسرا في أغسطس الماضي من دون وفد الجيش.")
    assert "CH" in countries(res, text_ar, "ar")


def test_a_country_named_twice_counts(res):
    text = ("Guinea-Bissau will hold a presidential election on November 23, the electoral "
            "commission said.\n"
            "Portugal, the former colonial power, has offered observers. Portugal sent a mission in 2019.")
    assert "PT" in countries(res, text, "en")


def test_about_keeps_order_and_the_four_reasons():
    hits = [CountrySpan("AA", 0, 2, "name"), CountrySpan("BB", 10, 12, "name"),
            CountrySpan("CC", 20, 22, "name"), CountrySpan("DD", 30, 32, "name"),
            CountrySpan("EE", 40, 42, "name"), CountrySpan("AA", 50, 52, "name"),
            CountrySpan("FF", 60, 62, "name", listed=True), CountrySpan("FF", 70, 72, "name", listed=True)]

    def body(start, end):
        return True

    got = about(hits, body, claimed={"BB"}, acting={"CC"}, venue=lambda at: at == 30)
    # AA twice, BB in a claim, CC an actor's, DD a venue; EE once in passing; FF only in lists
    assert got == ["AA", "BB", "CC", "DD"]
