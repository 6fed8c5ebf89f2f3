// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <QFile>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace servicelens::test {

XlsxReader::XlsxReader(const QString &path)
{
    unzFile zip = unzOpen(QFile::encodeName(path).constData());
    if (!zip)
        return;
    for (int r = unzGoToFirstFile(zip); r == UNZ_OK; r = unzGoToNextFile(zip)) {
        char name[512];
        unz_file_info info;
        if (unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray bytes(static_cast<qsizetype>(info.uncompressed_size), '\0');
        const int read = unzReadCurrentFile(zip, bytes.data(), static_cast<unsigned>(bytes.size()));
        unzCloseCurrentFile(zip);
        if (read != bytes.size())
            break;
        m_entries.insert(QString::fromUtf8(name), bytes);
    }
    unzClose(zip);

    QXmlStreamReader strings(m_entries.value(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            current.clear();
        else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
            current += strings.readElementText();
        else if (strings.isEndElement() && strings.name() == QLatin1String("si"))
            m_sharedStrings << current;
    }
    QXmlStreamReader workbook(m_entries.value(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (workbook.isStartElement() && workbook.name() == QLatin1String("sheet"))
            m_sheetNames << workbook.attributes().value(QLatin1String("name")).toString();
    }
    m_ok = !m_sheetNames.isEmpty() && !strings.hasError() && !workbook.hasError();
}

QByteArray XlsxReader::entry(const QString &name) const
{
    return m_entries.value(name);
}

QHash<QString, XlsxReader::Cell> XlsxReader::sheet(const QString &name) const
{
    // libxlsxwriter numbers the sheet parts in the order the sheets were added.
    QHash<QString, Cell> cells;
    const int index = static_cast<int>(m_sheetNames.indexOf(name));
    if (index < 0)
        return cells;
    QXmlStreamReader xml(
        m_entries.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1)));
    QString ref;
    QString type;
    Cell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
            cell = Cell{};
            cell.style = xml.attributes().value(QLatin1String("s")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
            cell.formula = true;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            if (type == QLatin1String("s"))
                cell.value = m_sharedStrings.value(v.toInt());
            else if (type == QLatin1String("str") || type == QLatin1String("inlineStr"))
                cell.value = v;
            else
                cell.value = v.toDouble();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            cells.insert(ref, cell);
        }
    }
    return cells;
}

} // namespace servicelens::test
