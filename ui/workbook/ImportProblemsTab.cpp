// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProblemsTab.h"
#include "ImportTables.h"

#include "widgets/Palette.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace servicelens::ui {

using importTables::cell;
using importTables::table;

ImportProblemsTab::ImportProblemsTab(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_problems(table({tr("Line"), tr("Column"), tr("Value"), tr("Problem")}, this))
    , m_row(table({tr("Column"), tr("Value")}, this))
{
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_row->setObjectName(QStringLiteral("importProblemRow"));
    connect(m_problems, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
}

void ImportProblemsTab::setFile(const QString &path,
                                const std::optional<io::CsvFile::Format> &format,
                                const QStringList &header, const std::vector<io::CsvRow> &head)
{
    m_path = path;
    m_format = format;
    m_header = header;
    m_head = head;
    // A sheet's problems are where Excel shows them: by row.
    m_problems->horizontalHeaderItem(0)->setText(format && format->spreadsheet ? tr("Row")
                                                                             : tr("Line"));
    clear();
}

void ImportProblemsTab::clear()
{
    m_issues.clear();
    m_problems->setRowCount(0);
    m_row->setRowCount(0);
}

bool ImportProblemsTab::show(const std::vector<io::ImportIssue> &issues)
{
    m_issues = issues;
    m_problems->setRowCount(static_cast<int>(m_issues.size()));
    for (int r = 0; r < static_cast<int>(m_issues.size()); ++r) {
        const io::ImportIssue &i = m_issues[static_cast<std::size_t>(r)];
        m_problems->setItem(r, 0, cell(QString::number(i.line)));
        m_problems->setItem(r, 1, cell(i.column));
        m_problems->setItem(r, 2, cell(i.value));
        m_problems->setItem(r, 3, cell(i.message));
    }
    m_problems->resizeColumnsToContents();
    m_row->setRowCount(0);
    if (m_issues.empty())
        return false;
    m_problems->selectRow(0);
    return true;
}

void ImportProblemsTab::showRow(int problemIndex)
{
    m_row->setRowCount(0);
    if (problemIndex < 0 || problemIndex >= static_cast<int>(m_issues.size()) || !m_format)
        return;
    const io::ImportIssue &issue = m_issues[static_cast<std::size_t>(problemIndex)];
    // Read up to the record that starts on the problem's line; rows of the preview are at hand.
    QStringList fields;
    bool found = false;
    for (const io::CsvRow &row : m_head)
        if (row.line == issue.line) {
            fields = row.fields;
            found = true;
        }
    if (!found) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        (void)io::CsvFile::read(m_path, *m_format, [&](const io::CsvRecord &r) {
            if (r.line() == issue.line) {
                fields = r.texts();
                found = true;
            }
            return r.line() < issue.line;
        });
        QApplication::restoreOverrideCursor();
    }
    m_row->setRowCount(static_cast<int>(m_header.size()));
    for (int c = 0; c < m_header.size(); ++c) {
        auto *name = cell(m_header[c]);
        auto *value = cell(fields.value(c));
        if (m_header[c] == issue.column) {
            // The cell at fault stands out.
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            value->setFont(bold);
            value->setForeground(palette::problem);
            value->setToolTip(issue.message);
        }
        m_row->setItem(c, 0, name);
        m_row->setItem(c, 1, value);
    }
    m_row->resizeColumnToContents(0);
}

} // namespace servicelens::ui
