"""States that act through a construction other than their name before a verb (`CountryFinder.acting`):
a capital as a subject, a headline's "X to <verb>", nationality adjectives joined before a body noun,
officials who do something (not those who only report), a presidency, a body placed «في» its state,
and the sponsors or members named by stacked nisba adjectives.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_states_subject import acting


@pytest.mark.parametrize("text, codes", [
    # a capital right before a finite verb is its government, joined capitals share the verb
    ("Officials met for hours, but Nairobi has yet to approve the plan.", ["KE"]),
    ("Ankara and Baghdad eye a new water-sharing deal", ["TR", "IQ"]),
    # a dateline and a venue are not; Brussels acts, as the EU (`CountryFinder.stands_for`,
    # test_session59.py), never as Belgium's government
    ("Nairobi, June 4 - The talks will resume next week.", []),
    ("The ministers will meet in Nairobi next week.", []),
    ("Brussels wants a deal before the summit next month.", ["BE"]),
    # a headline's states before "to <verb>"
    ("Peru, Chile to hold border talks in October\n\nThe talks were agreed last month.", ["PE", "CL"]),
    ("Kenya and Uganda to sign pipeline deal\n\nThe deal was agreed in May.", ["KE", "UG"]),
    ("Exports from Kenya to Uganda rose last year.", []),
    # joined adjectives share the body noun; officials act unless they only report
    ("Peruvian and Chilean officials will meet in Lima next week.", ["PE", "CL"]),
    ("Peruvian officials said the talks would resume next week.", []),
    ("The Polish presidency will put the file on the agenda next month.", ["PL"]),
    # every state listed after "between" and a joint undertaking is a party
    ("Officials said talks between Cuba and Spain, Italy and Greece will resume in May.",
     ["CU", "ES", "IT", "GR"]),
    ("Officials discussed trade between Cuba and Spain, Italy and Greece last year.", ["CU"]),
    # a counterpart named by its state's adjective is the other side of the talks
    ("The minister will travel next month to meet his Peruvian counterpart.", ["PE"]),
    ("The Peruvian counterpart of the minister was not named.", []),
])
def test_english_states_acting(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text, codes", [
    # a capital opening the sentence or after the complementiser, before its verb
    ("أنقرة وبغداد تستعدان لجولة جديدة من المحادثات الشهر المقبل.", ["TR", "IQ"]),
    ("وأكد مصدر أن القاهرة لن تقبل بأي تأجيل للقمة المقبلة.", ["EG"]),
    ("وصل الوزير إلى القاهرة وسيلتقي نظيره غدا.", []),
    ("بغداد - قالت الحكومة إنها ستعقد القمة الشهر المقبل.", []),
    # a headline's «نحو» (heading towards) stands for the verb
    ("تونس والجزائر نحو اتفاق لفتح المعابر الحدودية", ["TN", "DZ"]),
    # a body placed «في» its state, as the subject of a verb
    ("وقالت الحكومة الانتقالية في تشاد إنها ستجري الانتخابات في مارس.", ["TD"]),
    ("السلطات في النيجر ستفرج عن المعتقلين خلال أيام.", ["NE"]),
    ("ستعقد المفاوضات مع الوفد في السودان الأسبوع المقبل.", []),
    # an indefinite delegation in the accusative, its nisba with the accusative ending
    ("وقال مصدر إن وفدا أردنيا سيتوجه إلى بغداد يوم الأحد.", ["JO"]),
    # sponsors: joined by و, set beside each other, with the article, or a name
    ("وتجري المفاوضات بوساطة كويتية وعمانية منذ أشهر.", ["KW", "OM"]),
    ("قالت مصادر إن الوساطة الكويتية العمانية تعمل على ترتيب جولة جديدة.", ["KW", "OM"]),
    ("ستستأنف المفاوضات بوساطة مصر الأسبوع المقبل.", ["EG"]),
    # the members of a joint body, even three of them (no passing list)
    ("من المقرر أن تعقد اللجنة الثلاثية المصرية الأردنية العراقية اجتماعها في عمان.", ["EG", "JO", "IQ"]),
    ("قد يعقد اجتماع ثلاثي مصري أردني عراقي في بغداد الشهر المقبل.", ["EG", "JO", "IQ"]),
    # a counterpart named by its state's nisba
    ("وسيلتقي الوزير خلال الزيارة نظيره التونسي لبحث التعاون.", ["TN"]),
    ("وسيبحث مع نظيرته الكويتية ملف الطاقة الأسبوع المقبل.", ["KW"]),
    # firms stay background
    ("ستعقد القمة بمشاركة شركات صينية وتركية وهندية في العاصمة.", []),
])
def test_arabic_states_acting(finder, text, codes):
    assert acting(finder, text, "ar") == codes
