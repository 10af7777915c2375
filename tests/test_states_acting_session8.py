"""States that act from outside the subject slot the other rules read (`state_agents.py`): after an
agent phrase ("at the request of", «بطلب من»), as a capital after its Arabic verb («تستضيف الدوحة»),
and not as the object of a preposition joined to a state body («بالحكومة الأردنية»).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_states_subject import acting


@pytest.mark.parametrize("text, codes", [
    # an agent phrase names who asked for, invited or started what happens
    ("The vote was delayed by a week at the request of Ghana.", ["GH"]),
    ("Observers will attend the count at the invitation of the Zambian government.", ["ZM"]),
    ("The summit was moved to March at the request of the Peruvian side.", ["PE"]),
    # the same state as a place or in a passing mention does not act
    ("The observers will travel to Ghana next week.", []),
    ("The request of the committee was rejected.", []),
])
def test_english_agents(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text, codes", [
    # an agent phrase: a name, a capital, or a body named by its adjective
    ("وأُرجئ الاجتماع أسبوعين بطلب من الجانب الأردني لأسباب فنية.", ["JO"]),
    ("ويشارك في المراقبة فريق أوروبي بدعوة من نواكشوط.", ["MR"]),
    ("وعقدت الجولة الأولى بمبادرة من السنغال مطلع العام.", ["SN"]),
    # a capital after a verb agreeing with it is the verb's subject
    ("ومن المقرر أن تستضيف الدوحة جولة جديدة من المحادثات الشهر المقبل.", ["QA"]),
    ("ولم تعلن أنقرة بعد موقفها من المقترح.", ["TR"]),
    ("وهي الجولة التي ستحتضنها الرباط في الربيع.", ["MA"]),
    # a verb that takes a place as object: the capital is where someone goes or what a tour includes
    ("ووصلت الوزيرة إلى عمّان بعد أن زارت القاهرة أمس.", []),
    ("في جولة تشمل الرباط ونواكشوط وداكار.", []),
    # a state body governed by a preposition is an object, not the subject of the verb beside it
    ("وقال إن اللجنة لن ترتبط بالحكومة الأردنية بأي شكل.", []),
    ("وأكدت الحكومة الأردنية أنها ستشارك في الاجتماع.", ["JO"]),
])
def test_arabic_agents_and_capitals(finder, text, codes):
    assert acting(finder, text, "ar") == codes


@pytest.mark.parametrize("text, lang, codes", [
    # a verbal noun whose genitive is the doer: the state does it
    ("ورحب الوزير بانضمام السنغال إلى المبادرة الإقليمية.", "ar", ["SN"]),
    ("وأثار انسحاب تشاد من القوة المشتركة قلق الشركاء.", "ar", ["TD"]),
    ("Chile's withdrawal from the pact surprised investors.", "en", ["CL"]),
    # a noun whose genitive is the thing done or owned says nothing of who acts
    ("وأعلن الوزير دعم السنغال في المحافل الدولية.", "ar", []),
    ("Chile's economy grew faster than expected.", "en", []),
])
def test_verbal_noun_agents(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


@pytest.mark.parametrize("text, lang, codes", [
    # a joint venture or project between states names both as its sides
    ("وتدير الشركة المشروع المشترك بين الأردن والعراق لنقل الكهرباء.", "ar", ["JO", "IQ"]),
    ("The joint venture between Ghana and Togo will open a plant next year.", "en", ["GH", "TG"]),
    # trade between them is no undertaking: only the first keeps the reading of «بين»/"between"
    ("The partnership committee met, though trade between Ghana and Togo fell.", "en", ["GH"]),
])
def test_joint_venture_between(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


@pytest.mark.parametrize("text, lang, codes", [
    # a state named by its kind, as a subject, is the state of that kind the text names
    ("وقال وزير النفط الأردني إن المملكة «لن تقبل بأي تأجيل».", "ar", ["JO"]),
    ("وأكدت مصادر بحرينية أن المملكة ستستضيف الاجتماع.", "ar", ["BH"]),
    ("Bhutanese officials met on Monday. The kingdom will hold a vote in May.", "en", ["BT"]),
    # a place, a full name of its own, or no kingdom in the text: nothing
    ("وسيتوجه الوفد الأردني إلى المملكة الأسبوع المقبل.", "ar", []),
    ("Kenyan officials met on Monday. The kingdom will hold a vote in May.", "en", []),
])
def test_state_kind_words(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


@pytest.mark.parametrize("text, codes", [
    # the presidency or the republic named by its nisba speaks for the state, also as a construct
    ("وأعلنت رئاسة الجمهورية السنغالية أن الرئيس سيزور باماكو.", ["SN"]),
    ("وقالت الرئاسة الكينية في بيان إن الاجتماع تأجل.", ["KE"]),
    # as an object it does not
    ("وبعث الوزير رسالة إلى الرئاسة الكينية.", []),
])
def test_presidency_bodies_ar(finder, text, codes):
    assert acting(finder, text, "ar") == codes


@pytest.mark.parametrize("text, codes", [
    # a relative clause right after the state, with an acting verb: the state does it
    ("Analysts are watching Belarus, which has moved troops to the border.", ["BY"]),
    # an apposition opened by a determiner, then the verb after its closing comma
    ("Ghana, the region's second largest producer, will cut output next year.", ["GH"]),
    ("Peru, one of the first signatories, has said it will ratify the pact in May.", ["PE"]),
    # a description of the country before a bare auxiliary tells what befell it
    ("Ghana, a country of about 34 million people, has struggled with inflation.", []),
    # a place, or a relative clause whose subject is someone else
    ("Exports to Ghana, the largest market, will rise.", []),
    ("Analysts are watching Belarus, which Moscow has backed for years.", ["RU"]),
])
def test_asides_after_state_en(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text, codes", [
    # a preposition before the article and the name makes the state a place or an origin
    ("A group of lenders from the Netherlands could sign the loan next week.", []),
    ("The Netherlands could sign the loan next week.", ["NL"]),
    # a hyphenated participle says the state backs or leads the thing, whatever governs the phrase
    ("Work resumed on the Chile-backed road through the valley.", ["CL"]),
    ("Funding for the U.S.-brokered corridor was approved.", ["US"]),
    ("A Ghana-based firm will bid for the contract.", []),
])
def test_origin_and_compounds_en(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text, codes", [
    # a relative clause whose pronoun rides on a preposition after the verb: the state after is its subject
    ("ولم يتضح مصير الملف الذي تطالب به واشنطن منذ أشهر.", ["US"]),
    ("وهي الخطة التي تسعى إليها أنقرة منذ عامين.", ["TR"]),
    ("وهو الشرط الذي تتمسك به كينيا في المفاوضات.", ["KE"]),
    # a masculine verb there has another subject; the state after في is a place
    ("وهو الملف الذي يتحدث عنه الوزير في كينيا.", []),
])
def test_relative_with_prepositional_pronoun_ar(finder, text, codes):
    assert acting(finder, text, "ar") == codes
