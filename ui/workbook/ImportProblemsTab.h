// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvFile.h"
#include "io/ImportTypes.h"

#include <QSplitter>

#include <optional>

class QTableWidget;

namespace servicelens::ui {

// The import's Problems tab: every problem the last check found (line, column, value, what is
// wrong), and below, the whole row of the one selected with the cell at fault in red, read from
// the file when it is past the preview.
class ImportProblemsTab final : public QSplitter {
    Q_OBJECT

public:
    explicit ImportProblemsTab(QWidget *parent = nullptr);

    // The file the problems are in: its path, format, header and first rows (at hand).
    void setFile(const QString &path, const std::optional<io::CsvFile::Format> &format,
                 const QStringList &header, const std::vector<io::CsvRow> &head);
    // Shows the problems, the first selected; false when there are none.
    bool show(const std::vector<io::ImportIssue> &issues);
    void clear();

private:
    void showRow(int problemIndex);

    QTableWidget *m_problems;
    QTableWidget *m_row;
    std::vector<io::ImportIssue> m_issues;
    QString m_path;
    std::optional<io::CsvFile::Format> m_format;
    QStringList m_header;
    std::vector<io::CsvRow> m_head;
};

} // namespace servicelens::ui
