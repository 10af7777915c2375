"""Session 22: a shared body name for the state where the body sits, the Gulf summit as the GCC, a
lake named after a person, names that stop before a common noun, a head of a syndicate named after a
comma, and Yemeni names spelled as the Gulf spells them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


def _names(text: str, lang: str = "ar") -> list[str]:
    return [name for name, _ in article_actors(text, lang)]


# a Yemeni story that names Saudi Arabia more often than Yemen
_ADEN_CABINET = (
    "الرياض تعلن دفعة جديدة من منحة الوقود السعودية لمحطات الكهرباء\n\n"
    "أعلنت السعودية أن الدفعة الثالثة من المنحة السعودية ستصل إلى ميناء المكلا خلال أيام، وفق بيان سعودي.\n\n"
    "ويعقد مجلس الوزراء اجتماعا طارئا في عدن يوم الأحد المقبل لبحث خطة توزيع الوقود على المحافظات.\n"
)


def test_a_shared_body_name_is_the_body_of_the_state_it_sits_in():
    names = _names(_ADEN_CABINET)
    assert "Council of Ministers of Yemen" in names
    assert "Council of Ministers of Saudi Arabia" not in names


def test_a_shared_body_name_without_a_place_keeps_the_named_state():
    # guard: with no seat named, the council of the one state the text names stays as before
    text = "أعلنت الحكومة السعودية أن مجلس الوزراء سيناقش الموازنة الجديدة يوم الثلاثاء المقبل.\n"
    assert "Council of Ministers of Saudi Arabia" in _names(text)


@pytest.mark.parametrize("text", [
    "ومن المتوقع أن تبحث القمة الخليجية المقبلة في الكويت ملف الربط الكهربائي مطلع ديسمبر.",
    "ويشارك أمير البلاد في القمة الخليجية المقررة منتصف الشهر المقبل.",
])
def test_the_gulf_summit_is_the_gcc(text):
    assert "Gulf Cooperation Council" in _names(text)


def test_a_lake_named_after_a_person_is_no_actor():
    text = "وتراجع منسوب بحيرة الأسد إلى أدنى مستوى منذ سنوات، ومن المتوقع أن تتوقف محطتان عن العمل الشهر المقبل."
    assert "Bashar al-Assad" not in _names(text)


@pytest.mark.parametrize("text, name, wrong", [
    # the object of the verb after the name is a common noun, no family name
    ("ومن المقرر أن يوقع وزير المالية مع محافظ البنك المركزي الأردني عادل شركس مذكرة تفاهم في عمان الأسبوع المقبل.",
     "Adel Sharkas", "Madhakareh"),
    # the head of a syndicate is named after the syndicate and a comma
    ("ولم يستبعد نقيب أصحاب الشاحنات الأردنية، محمد خير الزعبي، أن تلجأ النقابة إلى الإضراب الشهر المقبل.",
     "Mohammed Khair al-Zoubi", "Ashab"),
])
def test_a_name_stops_before_a_common_noun(text, name, wrong):
    names = _names(text)
    assert name in names
    assert not any(wrong in n for n in names)


def test_a_yemeni_name_is_spelled_as_the_gulf_spells_it():
    text = ("صنعاء - قال رئيس نقابة عمال الموانئ اليمنية سعيد باوزير إن النقابة ستعلن الإضراب في عدن "
            "الأسبوع المقبل إذا لم تصرف الحكومة اليمنية الرواتب.")
    assert "Saeed Bawazir" in _names(text)
