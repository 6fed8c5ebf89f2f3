// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStatesTab.h"

#include "flow/EventLogStates.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

namespace {

// What a state code means, as the tab offers it.
QString stateLabel(const QString &code)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"received", QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Received (new)")},
        {"analysed",
         QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Analysed (in progress)")},
        {"solution", QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Solution agreed")},
        {"implemented",
         QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Repaired (resolved)")},
        {"followed_up", QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Followed up")},
        {"closed", QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Closed")},
        {"waiting_parts",
         QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Waiting for parts")},
        {"waiting_customer",
         QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Waiting for the customer")},
        {"ignore", QT_TRANSLATE_NOOP("servicelens::ui::ImportStatesTab", "Ignore (skip the row)")}};
    for (const auto &[c, label] : labels)
        if (code == QLatin1String(c))
            return QCoreApplication::translate("servicelens::ui::ImportStatesTab", label) +
                   QStringLiteral(" · ") + code;
    return code;
}

} // namespace

ImportStatesTab::ImportStatesTab(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    auto *note = new QLabel(
        tr("Each state of the log, with its number of rows, and what it is in ServiceLens. Waits "
           "are recorded as waiting for parts or for the customer (an SLA policy that pauses "
           "counts them); rows whose state is “Ignore” are skipped."),
        this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importStates"));
    m_table->setHorizontalHeaderLabels({tr("State in the file"), tr("Rows"), tr("In ServiceLens")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
}

void ImportStatesTab::clear()
{
    m_table->setRowCount(0);
    m_countedFor.clear();
}

Status ImportStatesTab::show(const QString &path, const io::CsvFile::Format &format, int column,
                             const QHash<QString, QString> &remembered)
{
    const QString key = path + QLatin1Char('\n') + QString::number(column) + QLatin1Char('\n') +
                        QString::number(int(format.encoding));
    if (key == m_countedFor)
        return {};
    // Counting reads the whole file once (a 46 MB log in about a second).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto counts = flow::EventLogStates::valueCounts(path, format, column);
    QApplication::restoreOverrideCursor();
    if (!counts)
        return counts.error();
    m_countedFor = key;
    m_table->setRowCount(static_cast<int>(counts->size()));
    for (int r = 0; r < static_cast<int>(counts->size()); ++r) {
        const auto &[state, rows] = (*counts)[static_cast<std::size_t>(r)];
        auto *name = new QTableWidgetItem(state);
        name->setToolTip(state);
        m_table->setItem(r, 0, name);
        auto *count = new QTableWidgetItem(QLocale().toString(rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, count);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(choose)"), QString());
        for (const QString &code : flow::EventLogStates::codes())
            combo->addItem(stateLabel(code), code);
        const QString chosen =
            remembered.value(state.toLower(), flow::EventLogStates::suggested(state));
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportStatesTab::changed);
        m_table->setCellWidget(r, 2, combo);
    }
    m_table->resizeColumnsToContents();
    return {};
}

QHash<QString, QString> ImportStatesTab::mapping() const
{
    QHash<QString, QString> states;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(r, 2));
        const QString code = combo ? combo->currentData().toString() : QString();
        if (!code.isEmpty())
            states.insert(m_table->item(r, 0)->text().trimmed().toLower(), code);
    }
    return states;
}

} // namespace servicelens::ui
