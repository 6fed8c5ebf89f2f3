// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImport.h"

#include "CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace servicelens::io {

Result<CsvImport::Input> CsvImport::read(const QString &path, Encoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::NotFound,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto decoded = TextDecoder::decode(file.readAll(), encoding);
    if (!decoded)
        return decoded.error();
    Input in;
    in.encoding = decoded->encoding;
    in.delimiter = TextDecoder::detectDelimiter(decoded->text);
    auto rows = CsvReader::parse(decoded->text.toUtf8(), in.delimiter);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1” is empty: a header row is required.").arg(QDir::toNativeSeparators(path)));
    in.header = rows->front().fields;
    if (!in.header.isEmpty() && in.header.front().startsWith(QChar(0xFEFF)))
        in.header.front().remove(0, 1);
    in.rows.assign(std::make_move_iterator(rows->begin() + 1),
                   std::make_move_iterator(rows->end()));
    return in;
}

Result<std::vector<int>> CsvImport::matchHeader(const QStringList &header,
                                                const std::vector<ColumnSpec> &specs,
                                                const ColumnMapping &mapping,
                                                std::initializer_list<int> required,
                                                QStringList &warnings)
{
    std::vector<int> fileColumn(specs.size(), -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        const QString mapped = mapping.headers.value(name.toLower(), name);
        bool known = false;
        for (std::size_t c = 0; c < specs.size(); ++c) {
            if (mapped.compare(QLatin1String(specs[c].name), Qt::CaseInsensitive) == 0 ||
                mapped == QString::fromUtf8(specs[c].alias)) {
                if (fileColumn[c] < 0)
                    fileColumn[c] = i;
                known = true;
            }
        }
        if (!known && !name.isEmpty()) // an empty header is a trailing delimiter, not a column
            warnings << tr("Column “%1” is not one ServiceLens knows; it was ignored.").arg(name);
    }
    for (int r : required)
        if (fileColumn[static_cast<std::size_t>(r)] < 0)
            return makeError(ErrorKind::InvalidInput,
                             tr("Line 1: the required column “%1” (%2) is missing.")
                                 .arg(QLatin1String(specs[static_cast<std::size_t>(r)].name),
                                      QString::fromUtf8(specs[static_cast<std::size_t>(r)].alias)));
    return fileColumn;
}

Result<QString>
CsvImport::writeRejected(const QString &inputPath, const QStringList &header,
                         const std::vector<std::pair<const CsvRow *, QString>> &rejected)
{
    const QString path = inputPath + QStringLiteral(".rejected.csv");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written: %2")
                             .arg(QDir::toNativeSeparators(path), out.errorString()));
    QString text = csvLine(QStringList(header) << QStringLiteral("reason"));
    for (const auto &[row, reason] : rejected)
        text += csvLine(QStringList(row->fields) << reason);
    out.write("\xEF\xBB\xBF"); // Excel reads the Chinese correctly with the BOM
    out.write(text.toUtf8());
    if (!out.commit())
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)));
    return path;
}

void CsvImport::reject(const CsvRow &row, const std::vector<ImportIssue> &issues,
                       Rejected &rejected, ImportSummary &summary)
{
    QStringList reasons;
    for (const ImportIssue &i : issues)
        reasons << i.toString();
    rejected.emplace_back(&row, reasons.join(QStringLiteral("; ")));
    summary.issues.insert(summary.issues.end(), issues.begin(), issues.end());
    summary.rejected = static_cast<qint64>(rejected.size());
}

Error CsvImport::strictFailure(const QString &path, const ImportSummary &summary)
{
    QStringList lines;
    for (const ImportIssue &i : summary.issues)
        lines << i.toString();
    return makeError(ErrorKind::InvalidInput,
                     OrderImporter::tr("%n row(s) of “%1” have problems; nothing was imported.",
                                       nullptr, static_cast<int>(summary.rejected))
                         .arg(QFileInfo(path).fileName()),
                     lines.join(QLatin1Char('\n')));
}

} // namespace servicelens::io
