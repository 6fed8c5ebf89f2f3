// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxPackage.h"

#include <QFile>
#include <QStringList>

#include <minizip/zip.h>

namespace servicelens::test {

XlsxPackage::Parts XlsxPackage::workbook(const QByteArray &sheetData,
                                         const QByteArray &sharedStrings, const QByteArray &styles,
                                         bool date1904)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Parts parts;
    parts.emplace_back(QStringLiteral("[Content_Types].xml"),
                       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                       "package/2006/content-types\"/>");
    parts.emplace_back(QStringLiteral("xl/workbook.xml"),
                       "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                           "\"><workbookPr" + (date1904 ? " date1904=\"1\"" : "") +
                           "/><sheets><sheet name=\"表单\" sheetId=\"1\" r:id=\"rId7\"/>"
                           "<sheet name=\"other\" sheetId=\"2\" r:id=\"rId8\"/></sheets>"
                           "</workbook>");
    parts.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"),
                       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                       "openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId8\" Target=\"worksheets/sheet1.xml\"/>"
                       "<Relationship Id=\"rId7\" Target=\"/xl/worksheets/forms.xml\"/>"
                       "</Relationships>");
    parts.emplace_back(QStringLiteral("xl/worksheets/forms.xml"),
                       "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\"><sheetData>" +
                           sheetData + "</sheetData></worksheet>");
    // The second sheet: never read.
    parts.emplace_back(QStringLiteral("xl/worksheets/sheet1.xml"),
                       "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main +
                           "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong "
                           "sheet</t></is></c></row></sheetData></worksheet>");
    if (!sharedStrings.isEmpty())
        parts.emplace_back(QStringLiteral("xl/sharedStrings.xml"),
                           "<?xml version=\"1.0\"?><sst xmlns=\"" + main + "\">" + sharedStrings +
                               "</sst>");
    if (!styles.isEmpty())
        parts.emplace_back(QStringLiteral("xl/styles.xml"),
                           "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + main + "\">" + styles +
                               "</styleSheet>");
    return parts;
}

bool XlsxPackage::write(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : parts) {
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                   nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(zip, bytes.constData(), static_cast<unsigned>(bytes.size())) ==
                 ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray XlsxPackage::row(int number, const QStringList &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(number) + "\">";
    for (int i = 0; i < cells.size(); ++i) {
        if (cells[i].isEmpty())
            continue;
        const QByteArray ref = QByteArray(1, char('A' + i)) + QByteArray::number(number);
        xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + cells[i].toHtmlEscaped().toUtf8() +
               "</t></is></c>";
    }
    return xml + "</row>";
}

} // namespace servicelens::test
