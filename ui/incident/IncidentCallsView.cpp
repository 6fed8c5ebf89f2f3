// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentCallsView.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

IncidentCallsView::IncidentCallsView(QWidget *parent)
    : QWidget(parent)
    , m_table(makeListTable(
          this, QStringLiteral("incidentCallTable"),
          {tr("Incident"), tr("Customer"), tr("Phone"), tr("Order"), tr("Status"), tr("Attempts")}))
    , m_script(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("incidentCalls"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showScript(); });
    m_script->setObjectName(QStringLiteral("incidentScript"));
    m_script->setWordWrap(true);
    m_script->setTextFormat(Qt::RichText);
    m_script->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("incidentCallNote"));
    m_note->setPlaceholderText(tr("What the customer said, what was agreed"));

    const std::pair<QString, ContactStatus> outcomes[] = {
        {tr("&Reached"), ContactStatus::Reached},
        {tr("&No Answer"), ContactStatus::NoAnswer},
        {tr("Re&fused"), ContactStatus::Refused},
        {tr("Call &Back Later…"), ContactStatus::CallBack}};
    auto *buttons = new QHBoxLayout;
    for (const auto &[label, outcome] : outcomes) {
        auto *b = new QPushButton(label, this);
        const ContactStatus o = outcome;
        connect(b, &QPushButton::clicked, this, [this, o] { record(o); });
        buttons->addWidget(b);
        m_outcomes.push_back(b);
    }
    buttons->addStretch(1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_script, 1);
    sideLayout->addWidget(m_note);
    sideLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *note = new QLabel(tr("Customers touched by an open incident, listed from its page. "
                               "Unanswered calls come back four hours later, up to three "
                               "attempts. These calls ask no survey question and count in no "
                               "satisfaction figure."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(note);
}

void IncidentCallsView::show(Database *db, qint64 branchId, const LocalTime &local, qint64 now)
{
    const qint64 chosen = m_table->currentRow() >= 0 && m_table->currentRow() < count()
                              ? m_calls[std::size_t(m_table->currentRow())].contactId
                              : 0;
    m_db = db;
    m_local = local;
    m_now = now;
    m_calls.clear();
    m_table->setRowCount(0);
    if (db && branchId) {
        auto calls = IncidentContacts(*db).toCall(branchId, now);
        if (!calls)
            showError(this, tr("Incident calls"), calls.error());
        else
            m_calls = std::move(*calls);
    }
    m_table->setRowCount(count());
    for (int row = 0; row < count(); ++row) {
        const IncidentCall &c = m_calls[std::size_t(row)];
        const QStringList cells{c.incidentCode,
                                c.customerName,
                                c.phone,
                                c.orderNo,
                                IncidentNames::label(c.status),
                                QString::number(c.attempts)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (c.severity >= Severity::Major)
                item->setForeground(palette::problem);
            if (col == 0)
                item->setToolTip(c.incidentTitle);
            m_table->setItem(row, col, item);
        }
        if (c.contactId == chosen)
            m_table->setCurrentCell(row, 0);
    }
    if (m_table->currentRow() < 0 && count() > 0)
        m_table->setCurrentCell(0, 0);
    showScript();
}

void IncidentCallsView::showScript()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < count();
    for (QPushButton *b : m_outcomes)
        b->setEnabled(any);
    m_note->setEnabled(any);
    if (!any) {
        m_script->setText(tr("Nobody to call about an incident now."));
        return;
    }
    const IncidentCall &c = m_calls[std::size_t(row)];
    QString html =
        QStringLiteral("<b>%1 %2</b> · %3<br><br>")
            .arg(c.incidentCode, c.incidentTitle.toHtmlEscaped(), IncidentNames::label(c.severity));
    html += tr("Call %1 on %2, about order %3.")
                .arg(c.customerName.toHtmlEscaped(), c.phone.toHtmlEscaped(),
                     c.orderNo.toHtmlEscaped());
    html += QStringLiteral("<br><br>");
    html += c.script.isEmpty() ? tr("The incident has no script: say what happened and what "
                                    "the branch will do.")
                               : QStringLiteral("<i>%1</i>").arg(c.script.toHtmlEscaped());
    if (!c.note.isEmpty())
        html += QStringLiteral("<br><br>") + tr("Last time: %1").arg(c.note.toHtmlEscaped());
    m_script->setText(html);
}

void IncidentCallsView::record(ContactStatus outcome, std::optional<qint64> callBackAt)
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0 || row >= count())
        return;
    if (outcome == ContactStatus::CallBack && !callBackAt) {
        // When to call again, the branch's wall clock shown as if UTC (Qt 6.4's editor).
        QDialog ask(this);
        ask.setWindowTitle(tr("Call Back Later"));
        auto *when = new QDateTimeEdit(&ask);
        when->setTimeSpec(Qt::UTC);
        when->setCalendarPopup(true);
        const QDateTime later = m_local.localDateTime(m_now + 2 * 3600);
        when->setDateTime(QDateTime(later.date(), later.time(), Qt::UTC));
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        auto *layout = new QVBoxLayout(&ask);
        layout->addWidget(new QLabel(tr("Call again at:"), &ask));
        layout->addWidget(when);
        layout->addWidget(box);
        if (ask.exec() != QDialog::Accepted)
            return;
        callBackAt = m_local.toUtc(when->dateTime().date(), when->dateTime().time());
    }
    const IncidentCall &c = m_calls[std::size_t(row)];
    if (auto s = IncidentContacts(*m_db).record(c.contactId, outcome, callBackAt, m_note->text(),
                                                std::nullopt, m_db->clock().nowSecsSinceEpoch());
        !s)
        return showError(this, tr("Incident calls"), s.error());
    m_note->clear();
    emit recorded();
}

} // namespace servicelens::ui
