"""Session 36: more words for the Arabic organisation names `orgs_ar.py` renders from their parts
(`orgs_session9_ar.json`): heads (Directorate, Office, Observatory, Center, Institute,
Administration, Commission, Department, Inspectorate ...), adjectives (Regional, Sovereign, Olympic
...), complement nouns of state business and their adjectives. Sentences written for these tests;
the bodies in them are generic, none is copied from an eval set."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 4, 14)


def orgs(res: Resources, text: str) -> list[str]:
    return [a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors if a.kind == "org"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت مؤسسة الخط الحديدي الحجازي إن القطار سيعود إلى العمل في الربيع.", "Hejaz Railway Corporation"),
    ("وطالبت اللجنة الوطنية لمراجعة عقود النفط والغاز بوقف توقيع الاتفاقات الجديدة.",
     "National Committee for Review of Oil and Gas Contracts"),
    ("وأعلنت المديرية العامة للضرائب عن إجراءات جديدة لتحصيل المتأخرات.", "General Directorate for Taxes"),
    ("وأفاد المرصد الوطني للهجرة بأن أعداد العابرين تراجعت هذا العام.", "National Observatory for Migration"),
    ("وقال الصندوق السيادي العماني إنه سيستثمر في الموانئ.", "Omani Sovereign Fund"),
    ("وقال الاتحاد الجهوي للصناعة والتجارة إن الرسوم مرتفعة.", "Regional Union for Industry and Trade"),
    ("وحذرت الهيئة الوطنية لتنظيم قطاع الاتصالات من رفع الأسعار.",
     "National Authority for Telecommunications Regulation"),
    ("وأعلن المكتب الوطني للهيدروكاربورات عن اكتشاف جديد قبالة السواحل.", "National Office for Hydrocarbons"),
    ("وقال المركز الوطني للبحوث الزراعية إن المحصول سيتحسن.", "National Center for Agricultural Research"),
    ("وأكد المعهد الوطني للإحصاءات أن التضخم تراجع في الشهر الماضي.", "National Institute for Statistics"),
    ("وأعلنت الإدارة العامة للجمارك ضبط شحنة كبيرة في الميناء.", "General Administration for Customs"),
    ("وقالت المفوضية الوطنية لحقوق الإنسان إن المعتقلين كثر.", "National Commission for Human Rights"),
    ("وقالت المفتشية العامة للمالية إنها رصدت مخالفات في الصفقات.", "General Inspectorate for Finance"),
    ("وأعلنت اللجنة الأولمبية الأردنية مشاركتها في الدورة المقبلة.", "Jordanian Olympic Committee"),
    ("وأكدت الجمعية الوطنية للمؤسسات الصغيرة والمتوسطة أن القروض تأخرت.",
     "National Association for Small and Medium Enterprises"),
    ("وأعلنت نقابة الصيادلة إضرابا مفتوحا يوم الاثنين.", "Pharmacists Syndicate"),
    ("وطالبت رابطة الصحفيين الرياضيين بحماية المراسلين.", "Sports Journalists League"),
    ("وقال صندوق الضمان الاجتماعي إن المعاشات ستصرف في موعدها.", "Social Security Fund"),
    ("وأعلنت هيئة مكافحة غسل الأموال تجميد عدد من الحسابات.", "Anti-Money Laundering Authority"),
    ("وأكدت الوكالة الوطنية لتشجيع الاستثمار أن الطلبات ارتفعت.", "National Agency for Investment Promotion"),
    ("وأعلن الاتحاد المغربي للسباحة استضافة البطولة العربية.", "Moroccan Swimming Federation"),
    ("وقالت المؤسسة العامة للتدريب المهني إنها ستفتح معاهد جديدة.", "General Corporation for Vocational Training"),
    ("وقال ديوان الرقابة المالية إن الوزارات لم تقدم حساباتها.", "Financial Oversight Bureau"),
    ("وأعلن مكتب الإحصاء أن عدد السكان ارتفع.", "Statistics Office"),
    ("وقالت دائرة الأراضي والمساحة إن المعاملات ارتفعت.", "Land and Survey Department"),
])
def test_a_body_named_by_new_words(res, text, name):
    assert name in orgs(res, text)


@pytest.mark.parametrize("text", [
    "ويجب تحسين إدارة المياه في المدن الكبرى.",               # management of water, no body
    "وارتفع عدد المشتركين في شبكة الكهرباء هذا العام.",         # the power grid
    "ويقع المكتب في مركز المدينة قرب السوق.",                   # the town centre
    "وقالت اللجنة الجهوية إنها ستجتمع مجددا.",                   # a scope word only: a body known from before
])
def test_a_head_word_in_a_common_use_gives_no_body(res, text):
    assert orgs(res, text) == []
