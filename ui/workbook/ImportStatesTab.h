// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvFile.h"
#include "storage/Result.h"

#include <QHash>
#include <QWidget>

class QTableWidget;

namespace servicelens::ui {

// The import dialog's States tab for an event log: each state of the file's state column with
// its number of rows, and the stage it is in ServiceLens — remembered, else suggested from its
// name, else left to choose (the check then names it).
class ImportStatesTab final : public QWidget {
    Q_OBJECT

public:
    explicit ImportStatesTab(QWidget *parent = nullptr);

    // Counts the column's states (reading the whole file, so only when the file, the column or
    // the encoding changed) and offers a stage for each.
    Status show(const QString &path, const io::CsvFile::Format &format, int column,
                const QHash<QString, QString> &remembered);
    void clear();
    // Lower-cased source state -> code, for the states given a stage.
    QHash<QString, QString> mapping() const;

signals:
    void changed();

private:
    QTableWidget *m_table;
    QString m_countedFor; // path, column and encoding of the counts shown
};

} // namespace servicelens::ui
