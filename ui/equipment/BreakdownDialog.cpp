// SPDX-License-Identifier: GPL-3.0-or-later
#include "BreakdownDialog.h"

#include "inspection/ActionDialog.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;

BreakdownDialog::BreakdownDialog(Database &db, const Equipment &piece, const LocalTime &local,
                                 qint64 now, std::optional<BreakdownRecord> open, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_piece(piece)
    , m_open(std::move(open))
    , m_local(local)
    , m_when(new QDateTimeEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_by(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("breakdownDialog"));
    setWindowTitle(m_open ? tr("Repair of %1 %2").arg(piece.code, piece.name)
                          : tr("Breakdown of %1 %2").arg(piece.code, piece.name));
    m_when->setObjectName(QStringLiteral("breakdownWhen"));
    m_text->setObjectName(QStringLiteral("breakdownText"));
    // Qt 6.4's editor has no time zone: it shows the branch's wall-clock time as if UTC.
    const auto wall = [&](qint64 at) {
        const QDateTime t = m_local.localDateTime(at);
        return QDateTime(t.date(), t.time(), Qt::UTC);
    };
    m_when->setTimeSpec(Qt::UTC);
    m_when->setCalendarPopup(true);
    DateText::format(m_when, DateText::Edit::DateTime);
    m_when->setDateTime(wall(now));
    m_when->setMaximumDateTime(wall(now));
    if (m_open)
        m_when->setMinimumDateTime(wall(m_open->downAt));
    m_text->setPlaceholderText(m_open ? tr("What was done: the part replaced, the adjustment…")
                                      : tr("What went wrong: the symptom, the error shown…"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    if (auto staff = org::StaffRepository(m_db).list())
        fillStaffCombo(m_by, *staff, tr("(not recorded)"), std::nullopt);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    if (m_open) {
        form->addRow(tr("Down since:"),
                     new QLabel(DateText::of(m_local.localDateTime(m_open->downAt)), this));
        if (!m_open->fault.isEmpty())
            form->addRow(tr("Fault:"), new QLabel(m_open->fault, this));
    }
    form->addRow(m_open ? tr("Back in service at:") : tr("Down since:"), m_when);
    form->addRow(m_open ? tr("Repair:") : tr("Fault:"), m_text);
    form->addRow(m_open ? tr("Repaired by:") : tr("Reported by:"), m_by);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BreakdownDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!m_open) {
        auto *note = new QLabel(tr("The piece is down until its repair is recorded. Orders that "
                                   "wait for it can be added to the breakdown; their SLA clock "
                                   "pauses as for parts when the policy says so."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void BreakdownDialog::accept()
{
    Breakdowns breakdowns(m_db);
    const std::optional<qint64> by = m_by->currentData().isNull()
                                         ? std::nullopt
                                         : std::optional<qint64>(m_by->currentData().toLongLong());
    const QDateTime wall = m_when->dateTime();
    const qint64 when = m_local.toUtc(wall.date(), wall.time());
    Status s;
    if (m_open) {
        s = breakdowns.repair(m_open->id, when, m_text->toPlainText().trimmed(), by);
    } else {
        BreakdownRecord b;
        b.equipmentId = m_piece.id;
        b.downAt = when;
        b.fault = m_text->toPlainText().trimmed();
        b.reportedBy = by;
        s = breakdowns.report(b);
    }
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace servicelens::ui
