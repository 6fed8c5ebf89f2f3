// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCycleDialog.h"

#include "widgets/DateText.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace servicelens::ui {

using team::ReviewCycle;

std::optional<ReviewCycle> ReviewCycleDialog::ask(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("New Review Cycle"));
    auto *code = new QLineEdit(&dialog);
    auto *name = new QLineEdit(&dialog);
    // By default the six whole months before this one, answered over the next two weeks.
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto *periodFrom = new QDateEdit(thisMonth.addMonths(-6), &dialog);
    auto *periodTo = new QDateEdit(thisMonth.addDays(-1), &dialog);
    auto *from = new QDateEdit(today, &dialog);
    auto *to = new QDateEdit(today.addDays(13), &dialog);
    for (QDateEdit *e : {periodFrom, periodTo, from, to}) {
        e->setCalendarPopup(true);
        DateText::format(e, DateText::Edit::Date);
    }
    auto *threshold = new QDoubleSpinBox(&dialog);
    threshold->setRange(1, 5);
    threshold->setSingleStep(0.1);
    threshold->setValue(3.0);
    code->setPlaceholderText(QStringLiteral("2026H1"));
    name->setPlaceholderText(tr("e.g. 2026 first half"));
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), code);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Period reviewed from:"), periodFrom);
    form->addRow(tr("Period reviewed until:"), periodTo);
    form->addRow(tr("Answers from:"), from);
    form->addRow(tr("Until:"), to);
    form->addRow(tr("Training below:"), threshold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ReviewCycle c;
    c.code = code->text();
    c.name = name->text();
    c.opensOn = from->date();
    c.closesOn = to->date();
    c.periodFrom = periodFrom->date();
    c.periodTo = periodTo->date();
    c.threshold = threshold->value();
    return c;
}

} // namespace servicelens::ui
