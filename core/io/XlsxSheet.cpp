// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSheet.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <vector>

namespace servicelens::io {

namespace {

// The parts read whole (workbook, relations, styles, shared strings) are small in any real
// workbook; a bigger one is a damaged or hostile package, not data to hold in memory.
constexpr qint64 maxPartBytes = 256LL << 20;
constexpr int pieceSize = 256 * 1024;
constexpr int maxColumns = 16384; // Excel's XFD

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An open package, closed however the reading ends.
class Package {
public:
    explicit Package(const QString &path)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()))
    {}
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;
    unzFile zip() const { return m_zip; }

    // Makes the part current; case-insensitive, as Office itself is.
    bool locate(const QString &name) const
    {
        return unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK;
    }

private:
    unzFile m_zip;
};

Result<QByteArray> readPart(const Package &package, const QString &name, const QString &path)
{
    if (!package.locate(name))
        return QByteArray();
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(package.zip(), &info, nullptr, 0, nullptr, 0, nullptr, 0) !=
            UNZ_OK ||
        static_cast<qint64>(info.uncompressed_size) > maxPartBytes ||
        unzOpenCurrentFile(package.zip()) != UNZ_OK)
        return makeError(ErrorKind::InvalidInput,
                         XlsxSheet::tr("“%1”: the workbook's part %2 is damaged or too large.")
                             .arg(shown(path), name));
    QByteArray bytes(static_cast<qsizetype>(info.uncompressed_size), Qt::Uninitialized);
    const int got =
        unzReadCurrentFile(package.zip(), bytes.data(), static_cast<unsigned>(bytes.size()));
    const int closed = unzCloseCurrentFile(package.zip()); // checks the CRC
    if (got != bytes.size() || closed != UNZ_OK)
        return makeError(
            ErrorKind::InvalidInput,
            XlsxSheet::tr("“%1”: the workbook's part %2 is damaged.").arg(shown(path), name));
    return bytes;
}

bool isElement(const QXmlStreamReader &xml, const char *name)
{
    return xml.name() == QLatin1String(name);
}

// The first sheet's part, through the workbook's relations; and whether dates count from 1904.
QString firstSheetPart(const QByteArray &workbook, const QByteArray &relations, bool &date1904)
{
    QString relation;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && relation.isEmpty()) {
        if (!xml.readNextStartElement())
            continue;
        if (isElement(xml, "workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (isElement(xml, "sheet")) {
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    relation = a.value().toString();
        }
    }
    QString target;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd() && target.isEmpty())
        if (rels.readNextStartElement() && isElement(rels, "Relationship") &&
            rels.attributes().value(QLatin1String("Id")) == relation)
            target = rels.attributes().value(QLatin1String("Target")).toString();
    if (target.isEmpty())
        return QStringLiteral("xl/worksheets/sheet1.xml");
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

Result<QStringList> sharedStrings(const QByteArray &part, const QString &path)
{
    QStringList strings;
    if (part.isEmpty()) // a workbook of numbers and inline strings has none
        return strings;
    QString current;
    int phonetic = 0; // inside <rPh>: a reading aid, not the cell's text
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isElement(xml, "si"))
                current.clear();
            else if (isElement(xml, "rPh"))
                ++phonetic;
            else if (isElement(xml, "t") && phonetic == 0)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (isElement(xml, "si"))
                strings << current;
            else if (isElement(xml, "rPh"))
                --phonetic;
        }
    }
    if (xml.hasError())
        return makeError(ErrorKind::InvalidInput,
                         XlsxSheet::tr("“%1”: the workbook's shared strings are damaged (%2).")
                             .arg(shown(path), xml.errorString()));
    return strings;
}

// For each cell style (the s="…" index), whether its number format shows a date or time.
std::vector<bool> dateStyles(const QByteArray &part)
{
    QHash<int, QString> codes;
    std::vector<bool> styles;
    bool inCellXfs = false;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && isElement(xml, "numFmt")) {
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && isElement(xml, "cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && isElement(xml, "cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && isElement(xml, "xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.push_back(XlsxSheet::isDateFormat(id, codes.value(id)));
        }
    }
    return styles;
}

// "AB12" -> 27 (1-based column); 0 when there are no letters.
int columnOf(QStringView ref)
{
    int column = 0;
    for (const QChar c : ref) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (column > maxColumns)
            return maxColumns + 1;
    }
    return column;
}

// A number cell as Excel shows it in General format: whole numbers without a decimal point
// or exponent (phone numbers, codes), others to 15 significant digits, which drops the noise
// of binary fractions.
QString numberText(const QString &stored)
{
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return stored;
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

} // namespace

bool XlsxSheet::isZip(const QByteArray &start)
{
    return start.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

bool XlsxSheet::isLegacyOffice(const QByteArray &start)
{
    return start.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool XlsxSheet::isDateFormat(int builtinId, const QString &code)
{
    if (code.isEmpty())
        // The built-in date and time formats, with those of Chinese, Japanese and Korean Excel.
        return (builtinId >= 14 && builtinId <= 22) || (builtinId >= 27 && builtinId <= 36) ||
               (builtinId >= 45 && builtinId <= 47) || (builtinId >= 50 && builtinId <= 58);
    // A custom code: its letters outside quotes, escapes and [brackets] decide. An elapsed
    // duration ([h]:mm) is a number of days, not a date.
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (inside == QLatin1String("h") || inside == QLatin1String("hh") ||
                inside == QLatin1String("m") || inside == QLatin1String("mm") ||
                inside == QLatin1String("s") || inside == QLatin1String("ss"))
                return false;
            i = end < 0 ? code.size() : end;
        } else {
            letters += c.toLower();
        }
    }
    return letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d')) ||
           letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s'));
}

QString XlsxSheet::dateText(double serial, bool date1904)
{
    qint64 days = static_cast<qint64>(std::floor(serial));
    qint64 seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds));
    if (serial < 1.0 && serial >= 0.0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    // The 1900 system counts a 29 February 1900 that never was (Lotus's error, kept by Excel):
    // serials from 61 on count from 1899-12-30; before it, from 1899-12-31.
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, days < 61 ? 31 : 30);
    const QString date = base.addDays(days).toString(Qt::ISODate);
    if (seconds == 0)
        return date;
    return date + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
}

Status XlsxSheet::read(const QString &path, const CsvReader::Handler &handler,
                       const Progress &progress)
{
    const Package package(path);
    if (!package.zip())
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1” is not a readable Excel workbook: the package is damaged.").arg(shown(path)));
    auto workbook = readPart(package, QStringLiteral("xl/workbook.xml"), path);
    if (!workbook)
        return workbook.error();
    if (workbook->isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1” is a ZIP archive but not an Excel workbook (.xlsx); save the "
                            "data as .xlsx or CSV.")
                             .arg(shown(path)));
    auto relations = readPart(package, QStringLiteral("xl/_rels/workbook.xml.rels"), path);
    auto stylesPart = readPart(package, QStringLiteral("xl/styles.xml"), path);
    auto stringsPart = readPart(package, QStringLiteral("xl/sharedStrings.xml"), path);
    if (!relations)
        return relations.error();
    if (!stylesPart)
        return stylesPart.error();
    if (!stringsPart)
        return stringsPart.error();
    bool date1904 = false;
    const QString sheetPart = firstSheetPart(*workbook, *relations, date1904);
    const auto strings = sharedStrings(*stringsPart, path);
    if (!strings)
        return strings.error();
    const std::vector<bool> dates = dateStyles(*stylesPart);

    unz_file_info64 info{};
    if (!package.locate(sheetPart) ||
        unzGetCurrentFileInfo64(package.zip(), &info, nullptr, 0, nullptr, 0, nullptr, 0) !=
            UNZ_OK ||
        unzOpenCurrentFile(package.zip()) != UNZ_OK)
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1”: the workbook's first sheet (%2) is missing or damaged.")
                             .arg(shown(path), sheetPart));
    const qint64 total = static_cast<qint64>(info.uncompressed_size);
    struct Closer {
        unzFile zip;
        ~Closer() { unzCloseCurrentFile(zip); }
    } closer{package.zip()};
    const auto damaged = [&](const QString &why) {
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1”: the workbook's first sheet is damaged (%2).").arg(shown(path), why));
    };

    QXmlStreamReader xml;
    QByteArray piece(pieceSize, Qt::Uninitialized);
    qint64 bytesRead = 0;
    bool atEnd = false;
    int rowNumber = 0;
    int column = 0;     // 1-based, of the current cell
    QString type;       // the current cell's t="…"
    int style = 0;      // and s="…"
    QString text;       // its value as read
    int collecting = 0; // inside <v> or an inline string's <t>
    int phonetic = 0;
    std::vector<QString> cells;
    std::size_t width = 0; // of the first row
    bool anyText = false;
    while (true) {
        xml.readNext();
        if (xml.hasError()) {
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || atEnd)
                return damaged(xml.errorString());
            const int got = unzReadCurrentFile(package.zip(), piece.data(), pieceSize);
            if (got < 0)
                return damaged(tr("the compressed data is corrupt"));
            if (got == 0) {
                atEnd = true;
                continue; // the reader reports the end, or the truncation
            }
            bytesRead += got;
            xml.addData(QByteArray(piece.constData(), got));
            if (progress && !progress(bytesRead, total))
                return {};
            continue;
        }
        if (xml.isEndDocument())
            break;
        if (xml.isCharacters() && collecting > 0 && phonetic == 0) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            if (isElement(xml, "row")) {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                column = 0;
                cells.clear();
                anyText = false;
            } else if (isElement(xml, "c")) {
                const auto a = xml.attributes();
                const int c = columnOf(a.value(QLatin1String("r")));
                column = c > 0 ? c : column + 1;
                if (column > maxColumns)
                    return damaged(tr("row %1 has a cell beyond column XFD").arg(rowNumber));
                type = a.value(QLatin1String("t")).toString();
                style = a.value(QLatin1String("s")).toInt();
                text.clear();
            } else if (isElement(xml, "v") || isElement(xml, "t")) {
                ++collecting;
            } else if (isElement(xml, "rPh")) {
                ++phonetic;
            }
        } else if (xml.isEndElement()) {
            if (isElement(xml, "v") || isElement(xml, "t")) {
                --collecting;
            } else if (isElement(xml, "rPh")) {
                --phonetic;
            } else if (isElement(xml, "c")) {
                QString value;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = text.toInt(&ok);
                    if (!ok || index < 0 || index >= strings->size())
                        return damaged(tr("row %1, column %2 names a shared string the workbook "
                                          "does not have")
                                           .arg(rowNumber)
                                           .arg(column));
                    value = strings->at(index);
                } else if (type == QLatin1String("b")) {
                    value = text.trimmed() == QLatin1String("1") ? QStringLiteral("1")
                                                                 : QStringLiteral("0");
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    const bool isDate = style >= 0 &&
                                        static_cast<std::size_t>(style) < dates.size() &&
                                        dates[style];
                    bool ok = false;
                    const double serial = text.toDouble(&ok);
                    value = !ok ? text : isDate ? dateText(serial, date1904) : numberText(text);
                } else {
                    value = text; // str, inlineStr, e (an error such as #N/A), d (ISO)
                }
                if (static_cast<int>(cells.size()) < column)
                    cells.resize(static_cast<std::size_t>(column));
                cells[static_cast<std::size_t>(column - 1)] = value;
                anyText = anyText || !value.isEmpty();
            } else if (isElement(xml, "row")) {
                if (anyText) {
                    // A sheet leaves out empty cells at a row's end: every row as wide as the
                    // first (the header), as a CSV export would write it.
                    if (width == 0)
                        width = cells.size();
                    while (cells.size() > width && cells.back().isEmpty())
                        cells.pop_back();
                    if (cells.size() < width)
                        cells.resize(width);
                    CsvRecord record;
                    if (!fill(record, rowNumber, cells))
                        return damaged(tr("row %1 is longer than a record may be").arg(rowNumber));
                    if (!handler(record))
                        return {};
                }
            }
        }
    }
    return {};
}

bool XlsxSheet::fill(CsvRecord &record, int line, const std::vector<QString> &fields)
{
    record.m_line = line;
    for (const QString &f : fields) {
        record.m_bytes += f.toStdString();
        if (record.m_bytes.size() > CsvReader::maxRecordBytes)
            return false;
        record.m_ends.push_back(record.m_bytes.size());
    }
    return true;
}

} // namespace servicelens::io
