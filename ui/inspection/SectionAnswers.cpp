// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionAnswers.h"
#include "widgets/Palette.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace servicelens::ui {

using namespace inspection;

namespace {

// Tool buttons: push buttons have a style minimum width that would crowd out the question.
QToolButton *small(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setMinimumSize(34, 28);
    return b;
}

} // namespace

SectionAnswers::SectionAnswers(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("sectionAnswers"));
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnMinimumWidth(0, 220);
    m_grid->setVerticalSpacing(10);
}

void SectionAnswers::showSection(const TemplateSection &section, const std::vector<Answer> &answers,
                                 const QString &language, bool editable)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_answers.clear();
    int row = 0;
    for (const TemplateItem &item : section.items) {
        Answer a;
        for (const Answer &x : answers)
            if (x.itemCode == item.code)
                a = x;
        a.itemCode = item.code;
        a.itemId = item.id;
        m_answers.push_back(a);
        auto *title = new QLabel(item.text.in(language), this);
        title->setWordWrap(true);
        if (item.critical)
            title->setStyleSheet(palette::problemText() + QStringLiteral(" font-weight: bold;"));
        title->setToolTip(item.guidance.in(language));
        auto *note = new QLineEdit(a.note, this);
        note->setObjectName(QStringLiteral("note_%1").arg(item.code));
        note->setReadOnly(!editable);
        note->setPlaceholderText(tr("Note"));
        const std::size_t index = m_answers.size() - 1;
        connect(note, &QLineEdit::editingFinished, this, [this, index, note] {
            Answer &x = m_answers[index];
            if (x.note == note->text())
                return;
            x.note = note->text();
            emit answered(x);
        });
        m_grid->addWidget(title, row, 0);
        m_grid->addWidget(controlsFor(item, a, editable), row, 1);
        m_grid->addWidget(note, row, 2);
        ++row;
    }
    m_grid->setRowStretch(row, 1);
}

QWidget *SectionAnswers::controlsFor(const TemplateItem &item, const Answer &a, bool editable)
{
    auto *box = new QWidget(this);
    box->setEnabled(editable);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    const std::size_t index = m_answers.size() - 1;
    auto *group = new QButtonGroup(box);
    switch (item.type) {
    case ItemType::PassFail: {
        const std::pair<QString, QString> choices[] = {{tr("Pass"), QStringLiteral("pass")},
                                                       {tr("Fail"), QStringLiteral("fail")},
                                                       {tr("N/A"), QStringLiteral("na")}};
        int id = 0;
        for (const auto &[text, name] : choices) {
            auto *b = small(text, QStringLiteral("%1_%2").arg(name, item.code), box);
            b->setProperty("answer", id == 0   ? QStringLiteral("pass")
                                     : id == 1 ? QStringLiteral("finding")
                                               : QString());
            group->addButton(b, id++);
            row->addWidget(b);
        }
        if (a.na)
            group->button(2)->setChecked(true);
        else if (a.passed)
            group->button(*a.passed ? 0 : 1)->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this, [this, index](int which) {
            Answer &x = m_answers[index];
            x.na = which == 2;
            x.passed = which == 2 ? std::nullopt : std::optional<bool>(which == 0);
            emit answered(x);
        });
        break;
    }
    case ItemType::Rating5: {
        for (int r = 1; r <= 5; ++r) {
            auto *b =
                small(QString::number(r), QStringLiteral("rating%1_%2").arg(r).arg(item.code), box);
            if (r <= 2)
                b->setProperty("answer", QStringLiteral("finding"));
            group->addButton(b, r);
            row->addWidget(b);
        }
        auto *na = small(tr("N/A"), QStringLiteral("na_%1").arg(item.code), box);
        group->addButton(na, 0);
        row->addWidget(na);
        if (a.na)
            na->setChecked(true);
        else if (a.rating)
            group->button(*a.rating)->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this, [this, index](int r) {
            Answer &x = m_answers[index];
            x.na = r == 0;
            x.rating = r == 0 ? std::nullopt : std::optional<int>(r);
            emit answered(x);
        });
        break;
    }
    case ItemType::Number: {
        auto *spin = new QDoubleSpinBox(box);
        spin->setObjectName(QStringLiteral("number_%1").arg(item.code));
        spin->setRange(-1e9, 1e9);
        spin->setDecimals(1);
        spin->setKeyboardTracking(false);
        spin->setSpecialValueText(QStringLiteral("—"));
        spin->setValue(a.number.value_or(item.min.value_or(0)));
        const QLocale locale;
        spin->setToolTip(item.min && item.max
                             ? tr("Accepted: %1 to %2")
                                   .arg(locale.toString(*item.min), locale.toString(*item.max))
                             : QString());
        row->addWidget(spin);
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, index, spin] {
            Answer &x = m_answers[index];
            if (!x.na && x.number == spin->value())
                return;
            x.na = false;
            x.number = spin->value();
            emit answered(x);
        });
        break;
    }
    case ItemType::Text: {
        auto *edit = new QLineEdit(a.text, box);
        edit->setObjectName(QStringLiteral("text_%1").arg(item.code));
        row->addWidget(edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, index, edit] {
            Answer &x = m_answers[index];
            if (x.text == edit->text())
                return;
            x.text = edit->text();
            emit answered(x);
        });
        break;
    }
    case ItemType::Photo:
        row->addWidget(new QLabel(tr("Photos: in the item view"), box));
        break;
    }
    row->addStretch();
    return box;
}

} // namespace servicelens::ui
