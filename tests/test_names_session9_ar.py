"""Arabic people after titles (session 9): a title's organisation named by its words, a
professor's title in construct, a Maghrebi given name written with the article.

Every sentence here is written for these tests; the people in them are invented.
"""

from __future__ import annotations

from claimtracker.extract.gazetteer import Gazetteer


def people(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "ar") if h.actor.kind == "person"]


def test_title_runs_over_a_body_named_by_its_words(gaz):
    # «غرفة صناعة ...» has no article: without the body rule the title's qualifiers stop there
    assert people(gaz, "وقال نائب رئيس غرفة صناعة مصر، كريم ممدوح، إن الصادرات سترتفع.") == ["Karim Mamdouh"]
    assert people(gaz, "وأكد مدير منظمة الموانئ والملاحة البحرية، سامي عياد، أن الرسوم لن تتغير.") == ["Sami Ayad"]


def test_professor_in_construct_is_a_title(gaz):
    found = people(gaz, "وترى أستاذة الاقتصاد في جامعة صفاقس، منى الحمروني، أن الأسعار سترتفع.")
    assert len(found) == 1 and found[0].startswith("Mona")
    # a title alone names nobody
    assert people(gaz, "وقال أستاذ القانون الدستوري إن البرلمان سيصوت.") == []


def test_given_name_with_article_before_a_name_link(gaz):
    found = people(gaz, "ويقول الخبير، المختار ولد سيدي، إن الحوار سينجح.")
    assert len(found) == 1 and found[0].split()[0] in ("Mokhtar", "Mukhtar") and "Ould" in found[0]
    # without the link after it the definite word is no given name («الحسين» is a place or a surname)
    assert people(gaz, "وقال الوزير الحسين إن الحكومة ستلتزم.") == []
