// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"

#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString shown(const QString &column, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    // Times are stored as seconds: shown as the date and time they are.
    if (v.isDouble() && column.endsWith(QLatin1String("_at")))
        return DateText::of(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(v.toDouble())));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

// What a person recognises the row by.
QString identity(const network::MergeConflict &c)
{
    const QJsonObject row = c.incoming.value(QStringLiteral("row")).toObject();
    for (const char *key : {"order_no", "code", "name", "description"})
        if (const QString v = row.value(QLatin1String(key)).toString(); !v.isEmpty())
            return v;
    return c.uid;
}

} // namespace

QString ConflictsDialog::fieldName(const QString &column)
{
    // The columns people change; others keep their technical name.
    static const std::pair<const char *, const char *> names[] = {
        {"order_no", QT_TR_NOOP("Order")},
        {"channel", QT_TR_NOOP("Channel")},
        {"category", QT_TR_NOOP("Category")},
        {"product", QT_TR_NOOP("Product")},
        {"priority", QT_TR_NOOP("Priority")},
        {"complaint", QT_TR_NOOP("Complaint")},
        {"technician_id", QT_TR_NOOP("Technician")},
        {"customer_id", QT_TR_NOOP("Customer")},
        {"visits", QT_TR_NOOP("Visits")},
        {"reopened", QT_TR_NOOP("Reopened")},
        {"status", QT_TR_NOOP("Status")},
        {"stage", QT_TR_NOOP("Stage")},
        {"received_at", QT_TR_NOOP("Received")},
        {"responded_at", QT_TR_NOOP("Responded")},
        {"closed_at", QT_TR_NOOP("Closed")},
        {"description", QT_TR_NOOP("Description")},
        {"due_at", QT_TR_NOOP("Due")},
        {"name", QT_TR_NOOP("Name")},
        {"phone", QT_TR_NOOP("Phone")},
        {"address", QT_TR_NOOP("Address")},
        {"segment", QT_TR_NOOP("Segment")},
        {"code", QT_TR_NOOP("Code")},
        {"role", QT_TR_NOOP("Role")},
        {"team", QT_TR_NOOP("Team")},
        {"active", QT_TR_NOOP("Active")},
        {"note", QT_TR_NOOP("Note")},
        {"score", QT_TR_NOOP("Score")},
        {"due_date", QT_TR_NOOP("Due date")},
        {"owner_id", QT_TR_NOOP("Owner")},
        {"stage_event", QT_TR_NOOP("Flow steps")},
        {"order_event", QT_TR_NOOP("Helpdesk history")},
        {"inspection_answer", QT_TR_NOOP("Answers")},
        {"inspection_photo", QT_TR_NOOP("Photos")},
        {"survey_answer", QT_TR_NOOP("Answers")},
        {"training_attendance", QT_TR_NOOP("Attendance")},
    };
    for (const auto &[key, name] : names)
        if (column == QLatin1String(key))
            return tr(name);
    return column;
}

QString ConflictsDialog::entityName(const QString &entity)
{
    static const std::pair<const char *, const char *> names[] = {
        {"service_order", QT_TR_NOOP("Service order")},
        {"customer", QT_TR_NOOP("Customer")},
        {"staff", QT_TR_NOOP("Staff member")},
        {"inspection", QT_TR_NOOP("Inspection")},
        {"inspection_schedule", QT_TR_NOOP("Inspection schedule")},
        {"corrective_action", QT_TR_NOOP("Corrective action")},
        {"survey_response", QT_TR_NOOP("Callback")},
        {"training_session", QT_TR_NOOP("Training session")},
    };
    for (const auto &[key, name] : names)
        if (entity == QLatin1String(key))
            return tr(name);
    return entity;
}

ConflictsDialog::ConflictsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(db)
{
    setWindowTitle(tr("Conflicts"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = table({tr("What"), tr("Which"), tr("Branch"), tr("Why"), tr("Found")}, split);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_differences =
        table({tr("Field"), tr("Head office's version"), tr("Branch's version")}, split);
    m_differences->setObjectName(QStringLiteral("conflictDifferences"));
    m_differences->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keep = buttons->addButton(tr("Keep Head Office's Version"), QDialogButtonBox::ActionRole);
    m_take = buttons->addButton(tr("Take Branch's Version"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepHeadOffice"));
    m_take->setObjectName(QStringLiteral("takeBranch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this,
            [this] { resolve(network::MergeConflicts::Choice::KeepStore); });
    connect(m_take, &QPushButton::clicked, this,
            [this] { resolve(network::MergeConflicts::Choice::TakeBranch); });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showSelected);
    reload();
}

void ConflictsDialog::reload()
{
    auto open = m_conflicts.open();
    if (!open) {
        showError(this, tr("Conflicts"), open.error());
        m_open.clear();
    } else {
        m_open = std::move(*open);
    }
    m_list->setRowCount(static_cast<int>(m_open.size()));
    for (int r = 0; r < m_list->rowCount(); ++r) {
        const network::MergeConflict &c = m_open[static_cast<std::size_t>(r)];
        const QStringList cells = {
            entityName(c.entity), identity(c), c.branchCode,
            c.reason == QLatin1String("other_owner")
                ? tr("It belongs to another branch")
                : tr("Changed here since it was merged, and again at the branch"),
            DateText::of(QDateTime::fromSecsSinceEpoch(c.detectedAt))};
        for (int col = 0; col < cells.size(); ++col)
            m_list->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_list->resizeColumnsToContents();
    m_summary->setText(
        m_open.empty()
            ? tr("No conflicts: every merged row has one version.")
            : tr("%n row(s) were changed both here and at their branch. Nothing was overwritten: "
                 "for each, keep head office's version or take the branch's.",
                 nullptr, static_cast<int>(m_open.size())));
    if (!m_open.empty())
        m_list->selectRow(0);
    showSelected();
}

void ConflictsDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool any =
        row >= 0 && row < static_cast<int>(m_open.size()) && !m_list->selectedItems().isEmpty();
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
    m_differences->setRowCount(0);
    if (!any)
        return;
    const network::MergeConflict &c = m_open[static_cast<std::size_t>(row)];
    const QJsonObject here = c.local.value(QStringLiteral("row")).toObject();
    const QJsonObject there = c.incoming.value(QStringLiteral("row")).toObject();
    QStringList keys = here.keys();
    for (const QString &k : there.keys())
        if (!keys.contains(k))
            keys << k;
    std::vector<std::array<QString, 3>> lines;
    if (c.incoming.value(QStringLiteral("deleted")).toBool())
        lines.push_back(
            {tr("The whole row"), tr("Kept, changed here"), tr("Deleted at the branch")});
    for (const QString &k : keys)
        if (here.value(k) != there.value(k) && k != QLatin1String("updated_at"))
            lines.push_back({fieldName(k), shown(k, here.value(k)), shown(k, there.value(k))});
    // Children: how many each side has, where they differ.
    const QJsonObject hereChildren = c.local.value(QStringLiteral("children")).toObject();
    const QJsonObject thereChildren = c.incoming.value(QStringLiteral("children")).toObject();
    for (const QString &k : thereChildren.keys())
        if (hereChildren.value(k) != thereChildren.value(k))
            lines.push_back({fieldName(k),
                             tr("%n row(s)", nullptr, hereChildren.value(k).toArray().size()),
                             tr("%n row(s)", nullptr, thereChildren.value(k).toArray().size())});
    m_differences->setRowCount(static_cast<int>(lines.size()));
    for (int r = 0; r < m_differences->rowCount(); ++r)
        for (int col = 0; col < 3; ++col)
            m_differences->setItem(r, col,
                                   new QTableWidgetItem(lines[static_cast<std::size_t>(r)][col]));
    m_differences->resizeColumnsToContents();
}

void ConflictsDialog::resolve(network::MergeConflicts::Choice choice)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_open.size()))
        return;
    if (auto s = m_conflicts.resolve(m_open[static_cast<std::size_t>(row)].id, choice); !s) {
        showError(this, tr("Conflicts"), s.error());
        return;
    }
    m_resolvedAny = true;
    reload();
}

} // namespace servicelens::ui
