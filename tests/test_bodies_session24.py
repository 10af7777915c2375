"""Session 24: bodies named in fixed Arabic phrases: the IMF and the World Bank under one dual
adjective, Iraq's Joint Operations Command, and a military command speaking as an official
statement. Sentences written for these tests."""

from __future__ import annotations

from claimtracker.extract import Resources, extract
from tests.conftest import article_actors


def _mention(text: str):
    ex = extract("عنوان\n\n" + text, lang="ar", resources=Resources.load())
    assert ex.mentions, text
    return ex.mentions[0]


def test_imf_and_world_bank_share_a_dual_adjective():
    names = [n for n, _ in article_actors(
        "ويشارك الوزير في الاجتماعات السنوية لصندوق النقد والبنك الدوليين في واشنطن الشهر المقبل.", "ar")]
    assert "International Monetary Fund" in names and "World Bank" in names


def test_joint_operations_command_speaks_as_an_official_statement():
    m = _mention("وأعلنت قيادة العمليات المشتركة في بيان أنها ستبدأ عملية واسعة في الصحراء الأسبوع المقبل.")
    assert "Joint Operations Command" in [a.name for a in m.actors]
    assert m.attribution is not None and m.attribution.kind == "official_statement"


def test_the_syrian_leadership_is_no_command():
    names = [n for n, _ in article_actors("وتسعى القيادة السورية إلى بناء علاقات متوازنة مع موسكو خلال العام المقبل.", "ar")]
    assert not [n for n in names if "Command" in n]


def test_border_forces_and_guards_by_their_nationality():
    names = [n for n, _ in article_actors(
        "وأعلنت قيادة حرس الحدود الأردنية أنها ستنفذ دوريات مشتركة مع قوات الحدود العراقية الأسبوع المقبل.", "ar")]
    assert "Jordanian Border Guard" in names and "Iraqi Border Forces" in names


def test_an_air_force_by_its_nationality():
    names = [n for n, _ in article_actors(
        "وتقدر الشركة أن تتسلم القوات الجوية الملكية السعودية أولى الطائرات في 2030.", "ar")]
    assert "Royal Saudi Air Force" in names


def test_a_branch_with_no_nationality_is_left_out():
    names = [n for n, _ in article_actors("وتنشر قوات حرس الحدود وحدات إضافية قرب المعبر خلال الأيام المقبلة.", "ar")]
    assert not [n for n in names if "Border" in n]
