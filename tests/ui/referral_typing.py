"""Typing a referral into the form the way a counsellor does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.ui.referral_form import ReferralForm
from tests.ui.conftest import click, type_into


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_referral(qtbot: QtBot, form: ReferralForm, landlord_id: str, last_name: str = "Vermeulen") -> None:
    type_into(qtbot, form.first_name, "Karim")
    type_into(qtbot, form.last_name, last_name)
    type_into(qtbot, form.national_number, "85.07.30-033.28")
    type_into(qtbot, form.phone, "0470 12 34 56")
    type_into(qtbot, form.street, "Brugsesteenweg")
    type_into(qtbot, form.house_number, "112")
    type_into(qtbot, form.box, "3")
    type_into(qtbot, form.postcode, "9000")
    type_into(qtbot, form.municipality, "Gent")
    click(qtbot, form.household.add_button)
    member = form.household.rows[0]
    type_into(qtbot, member.first_name, "Lina")
    type_into(qtbot, member.birth_year, "2015")
    choose(form.landlord, landlord_id)
    type_into(qtbot, form.monthly_rent, "475,00")
    type_into(qtbot, form.arrears_amount, "1.425,00")
    type_into(qtbot, form.arrears_months, "3")
    choose(form.source, ReferralSource.LANDLORD.value)
    type_into(qtbot, form.referrer_name, "Els Wouters")
    click(qtbot, form.problem_boxes[Problem.ARREARS])
    click(qtbot, form.problem_boxes[Problem.UPKEEP])
    form.steps_taken.setFocus()
    qtbot.keyClicks(form.steps_taken, "Twee herinneringen, geen reactie.")
    form.question.setFocus()
    qtbot.keyClicks(form.question, "Kan de woonbegeleider langsgaan?")
    click(qtbot, form.eviction)


def save(qtbot: QtBot, form: ReferralForm) -> None:
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
