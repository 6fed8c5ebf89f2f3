// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMappingTable.h"
#include "ImportTables.h"

#include "i18n/Language.h"
#include "io/CsvImport.h"

#include <QComboBox>
#include <QHeaderView>

namespace servicelens::ui {

using importTables::cell;

ColumnMappingTable::ColumnMappingTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("importMapping"));
    setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("ServiceLens column")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
}

void ColumnMappingTable::show(ImportKind kind, const QStringList &header,
                              const QStringList &firstValues, const io::ColumnMapping &remembered)
{
    m_header = header;
    setRowCount(0);
    const auto &specs = Importers::columns(kind);
    QStringList warnings;
    auto matched = io::CsvImport::matchHeader(header, specs, remembered, {}, warnings);
    // The label a reader knows first: the Chinese header in a Chinese window.
    const bool chinese = i18n::Language::effective().startsWith(QLatin1String("zh"));
    setRowCount(static_cast<int>(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        setItem(i, 0, cell(header[i]));
        setItem(i, 1, cell(firstValues.value(i)));
        auto *combo = new QComboBox(this);
        combo->addItem(tr("(not imported)"), notImported());
        for (const auto &spec : specs) {
            const QString name = QLatin1String(spec.name);
            const QString alias = QString::fromUtf8(spec.alias);
            combo->addItem(chinese ? QStringLiteral("%1 · %2").arg(alias, name)
                                   : QStringLiteral("%1 · %2").arg(name, alias),
                           name);
        }
        if (matched)
            for (std::size_t s = 0; s < specs.size(); ++s)
                if ((*matched)[s] == i)
                    combo->setCurrentIndex(static_cast<int>(s) + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingTable::changed);
        setCellWidget(i, 2, combo);
    }
    resizeColumnsToContents();
}

QHash<QString, QString> ColumnMappingTable::headers() const
{
    QHash<QString, QString> chosen;
    for (int i = 0; i < rowCount(); ++i)
        if (const auto *combo = qobject_cast<const QComboBox *>(cellWidget(i, 2)))
            chosen.insert(m_header.value(i).trimmed().toLower(), combo->currentData().toString());
    return chosen;
}

int ColumnMappingTable::fileColumnOf(const QString &target) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (const auto *combo = qobject_cast<const QComboBox *>(cellWidget(i, 2));
            combo && combo->currentData().toString() == target)
            return i;
    return -1;
}

} // namespace servicelens::ui
