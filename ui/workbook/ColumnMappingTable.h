// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportTypes.h"
#include "workbook/Importers.h"

#include <QHash>
#include <QTableWidget>

namespace servicelens::ui {

// The import's Columns tab: each column of the file, its first value, and the ServiceLens column
// it fills, chosen from a list that names them in the window's language first. What the user
// sees here is exactly what is imported: every file column maps explicitly.
class ColumnMappingTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit ColumnMappingTable(QWidget *parent = nullptr);

    // One row per header, each with the column the remembered mapping (or the names and
    // aliases) match.
    void show(ImportKind kind, const QStringList &header, const QStringList &firstValues,
              const io::ColumnMapping &remembered);
    // The file's headers (trimmed, lower case) to the chosen ServiceLens column ("-": none).
    QHash<QString, QString> headers() const;
    // The file column chosen for a ServiceLens column, or -1.
    int fileColumnOf(const QString &target) const;
    static QString notImported() { return QStringLiteral("-"); }

signals:
    void changed();

private:
    QStringList m_header;
};

} // namespace servicelens::ui
