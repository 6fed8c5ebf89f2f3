// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace servicelens::test {

// Reads an .xlsx back for the tests (minizip + the sheet XML): each cell's value as written —
// a double for number cells, a QString for text — and whether any cell holds a formula.
class XlsxReader {
public:
    struct Cell {
        QVariant value;
        QString style; // the style index, as text
        bool formula = false;
    };
    explicit XlsxReader(const QString &path);
    bool ok() const { return m_ok; }
    QStringList sheetNames() const { return m_sheetNames; }
    // Cells of a sheet by reference, e.g. "B4".
    QHash<QString, Cell> sheet(const QString &name) const;
    QByteArray entry(const QString &name) const; // a raw part of the package
    QStringList entries() const { return m_entries.keys(); }

private:
    bool m_ok = false;
    QHash<QString, QByteArray> m_entries;
    QStringList m_sheetNames;
    QStringList m_sharedStrings;
};

} // namespace servicelens::test
