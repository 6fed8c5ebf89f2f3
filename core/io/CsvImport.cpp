// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImport.h"

#include "CsvWriter.h"
#include "storage/Database.h"
#include "storage/ForeignKeysSuspended.h"

#include "storage/WriteTransaction.h"
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace servicelens::io {

QString ImportIssue::toString() const
{
    if (sheetRow)
        return column.isEmpty() ? CsvImport::tr("Row %1: %2").arg(line).arg(message)
                                : CsvImport::tr("Row %1, column “%2”: “%3”: %4")
                                      .arg(line)
                                      .arg(column, value, message);
    if (column.isEmpty())
        return CsvImport::tr("Line %1: %2").arg(line).arg(message);
    return CsvImport::tr("Line %1, column “%2”: “%3”: %4").arg(line).arg(column, value, message);
}

QString UnknownPerson::toString() const
{
    QStringList numbers;
    for (int line : lines)
        numbers << QString::number(line);
    QString where = CsvImport::tr("%1, line(s) %2", nullptr, static_cast<int>(lines.size()))
                        .arg(column, numbers.join(QStringLiteral(", ")));
    if (rows > static_cast<qint64>(lines.size()))
        where += CsvImport::tr(" … %n rows in all", nullptr, static_cast<int>(rows));
    return CsvImport::tr("%1 (%2)", "a person (where the file names them)").arg(value, where);
}

QString ImportSummary::failureMessage(const QString &path) const
{
    return CsvImport::tr("%n row(s) of “%1” have problems; nothing was imported.", nullptr,
                         static_cast<int>(rejected))
        .arg(QFileInfo(path).fileName());
}

Error ImportSummary::toError(const QString &path) const
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        lines << i.toString();
    if (issueCount > static_cast<qint64>(issues.size()))
        lines << CsvImport::tr("… and %1 more problems.").arg(issueCount - issues.size());
    return makeError(ErrorKind::InvalidInput, failureMessage(path), lines.join(QLatin1Char('\n')));
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         CsvImport::tr("The mapping file “%1” cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.error();
    return parse(decoded->text);
}

Result<ColumnMapping> ColumnMapping::parse(const QString &text)
{
    ColumnMapping m;
    int lineNo = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(
                ErrorKind::InvalidInput,
                CsvImport::tr("Mapping file, line %1: expected “source header=column”.")
                    .arg(lineNo));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("@date_format")) {
            // yy would read 26 as 1926 (Qt's rule): refused rather than guessed.
            static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
            if (value.contains(twoDigitYear))
                return makeError(ErrorKind::InvalidInput,
                                 CsvImport::tr("Mapping file, line %1: two-digit years (yy) "
                                               "are refused, as 26 could be 1926 or 2026; "
                                               "write the dates with yyyy.")
                                     .arg(lineNo));
            m.dateFormat = value;
        } else if (key == QLatin1String("@empty")) {
            if (value.isEmpty())
                return makeError(ErrorKind::InvalidInput,
                                 CsvImport::tr("Mapping file, line %1: expected “@empty=<value>”, "
                                               "the value that means “no value” (such as ?)")
                                     .arg(lineNo));
            m.emptyMarkers.insert(value.toLower());
        } else if (key.startsWith(QLatin1String("@value."))) {
            const QStringList parts = key.mid(7).split(QLatin1Char('.'));
            if (parts.size() < 2)
                return makeError(
                    ErrorKind::InvalidInput,
                    CsvImport::tr(
                        "Mapping file, line %1: expected “@value.<column>.<source value>=<value>”.")
                        .arg(lineNo));
            m.values[parts[0].toLower()].insert(parts.mid(1).join(QLatin1Char('.')).toLower(),
                                                value);
        } else {
            m.headers.insert(key.toLower(), value);
        }
    }
    return m;
}

QStringList ColumnMapping::toLines() const
{
    QStringList lines;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    if (!dateFormat.isEmpty())
        lines << QStringLiteral("@date_format=") + dateFormat;
    for (auto column = values.constBegin(); column != values.constEnd(); ++column)
        for (auto v = column->constBegin(); v != column->constEnd(); ++v)
            lines << QStringLiteral("@value.%1.%2=%3").arg(column.key(), v.key(), v.value());
    for (const QString &marker : emptyMarkers)
        lines << QStringLiteral("@empty=") + marker;
    lines.sort();
    return lines;
}

const QStringList &ColumnMapping::commonEmptyMarkers()
{
    static const QStringList markers = {QStringLiteral("?"), QStringLiteral("N/A"),
                                        QStringLiteral("NULL"), QStringLiteral("-"),
                                        QStringLiteral("无")};
    return markers;
}

// ---- Row ---------------------------------------------------------------------------------

QString CsvImport::Row::cell(int column) const
{
    const int i = m_import->fileColumn(column);
    if (i < 0)
        return {};
    QString v = m_record->text(i).trimmed();
    const auto &markers = m_import->m_options.mapping.emptyMarkers;
    if (!markers.isEmpty() && !v.isEmpty() && markers.contains(v.toLower()))
        return {};
    if (const auto *map = m_import->m_valueMaps[static_cast<std::size_t>(column)]) {
        // A mapped column holds a few codes a million times: each distinct cell is looked up
        // (lower-cased) once.
        auto &memo = m_import->m_mappedCells[static_cast<std::size_t>(column)];
        if (const auto known = memo.constFind(v); known != memo.constEnd())
            return *known;
        const auto it = map->constFind(v.toLower());
        const QString mapped = it != map->constEnd() ? *it : v;
        if (memo.size() < maxMappedCellsRemembered)
            memo.insert(v, mapped);
        return mapped;
    }
    return v;
}

void CsvImport::Row::issue(int column, const QString &value, const QString &message)
{
    m_issues.push_back({line(), column >= 0 ? m_import->headerOf(column) : QString(), value,
                        message, m_import->m_summary.spreadsheet});
}

void CsvImport::Row::unknownPerson(int column, const QString &value, bool created,
                                   const QString &message)
{
    m_unknownPeople.emplace_back(column, value);
    m_peopleCreated = created;
    if (!created)
        issue(column, value, message);
}

// ---- The frame ---------------------------------------------------------------------------

CsvImport::CsvImport(Database &db, QString path, const ImportOptions &options,
                     std::vector<ColumnSpec> specs, std::vector<int> required)
    : m_db(db)
    , m_path(std::move(path))
    , m_options(options)
    , m_specs(std::move(specs))
    , m_required(std::move(required))
{
    for (const ColumnSpec &spec : m_specs) {
        const auto it = m_options.mapping.values.constFind(QLatin1String(spec.name));
        m_valueMaps.push_back(it == m_options.mapping.values.constEnd() ? nullptr : &*it);
        m_mappedCells.emplace_back();
    }
}

CsvImport::~CsvImport() = default;

int CsvImport::fileColumn(int spec) const
{
    return spec >= 0 && static_cast<std::size_t>(spec) < m_fileColumn.size()
               ? m_fileColumn[static_cast<std::size_t>(spec)]
               : -1;
}

QString CsvImport::headerOf(int spec) const
{
    const int i = fileColumn(spec);
    return i >= 0 ? m_header.value(i) : QLatin1String(m_specs[static_cast<std::size_t>(spec)].name);
}

Status CsvImport::takeHeader(const CsvRecord &record)
{
    m_header = record.texts();
    if (!m_header.isEmpty() && m_header.front().startsWith(QChar(0xFEFF)))
        m_header.front().remove(0, 1);
    auto matched =
        matchHeader(m_header, m_specs, m_options.mapping, m_required, m_summary.warnings);
    if (!matched)
        return matched.error();
    m_fileColumn = std::move(*matched);
    m_haveHeader = true;
    return m_prepare ? m_prepare() : Status();
}

Status CsvImport::reject(const Row &row)
{
    ++m_summary.rejected;
    QStringList reasons;
    for (const ImportIssue &i : row.m_issues) {
        ++m_summary.issueCount;
        if (m_summary.issues.size() < static_cast<std::size_t>(ImportSummary::maxIssuesKept))
            m_summary.issues.push_back(i);
        reasons << i.toString();
    }
    if (!m_options.skipInvalid || m_options.dryRun)
        return {};
    // The rejected rows go beside the input as they come, with the reason; the file appears
    // only if the import commits.
    if (!m_rejectedFile) {
        m_summary.rejectedPath = m_path + QStringLiteral(".rejected.csv");
        m_rejectedFile = std::make_unique<OutputFile>(m_summary.rejectedPath);
        if (auto s = m_rejectedFile->open(); !s)
            return s;
        // Excel reads the Chinese correctly with the BOM.
        if (auto s = m_rejectedFile->write("\xEF\xBB\xBF" +
                                           csvLine(QStringList(m_header) << tr("reason")).toUtf8());
            !s)
            return s;
    }
    return m_rejectedFile->write(
        csvLine(row.record().texts() << reasons.join(QStringLiteral("; "))).toUtf8());
}

void CsvImport::checkShape(Row &row) const
{
    const CsvRecord &record = row.record();
    // Lines that were not valid UTF-8 in a UTF-8 file reach here repaired; the row is refused.
    int newlines = 0;
    for (int i = 0; i < record.size(); ++i)
        newlines +=
            static_cast<int>(std::count(record.field(i).begin(), record.field(i).end(), '\n'));
    const auto bad = m_invalidLines.lower_bound(record.line());
    if (bad != m_invalidLines.end() && *bad <= record.line() + newlines)
        row.issue(-1, QString(),
                  tr("the text is not valid UTF-8 like the rest of the file (perhaps pasted "
                     "from another program in another encoding); correct it, or save the "
                     "file again as UTF-8"));
    // As many fields as the header; an empty field after the last (a trailing delimiter) is
    // allowed. An unquoted comma in a name shifts every later field otherwise.
    int fields = record.size();
    while (fields > m_header.size() && record.field(fields - 1).empty())
        --fields;
    if (fields != m_header.size())
        row.issue(-1, QString(),
                  tr("%1 fields, but the header has %2 (a value with the delimiter in it needs "
                     "quotes)")
                      .arg(fields)
                      .arg(m_header.size()));
    // Text limits and control characters, for the columns that are read.
    for (std::size_t c = 0; c < m_specs.size(); ++c) {
        const int i = m_fileColumn[c];
        if (i < 0 || i >= record.size())
            continue;
        const std::string_view f = record.field(i);
        const bool control = std::any_of(f.begin(), f.end(), [](char ch) {
            const auto u = static_cast<unsigned char>(ch);
            return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F;
        });
        if (control) {
            row.issue(static_cast<int>(c), QString(),
                      tr("contains control characters (such as NUL); only text, tabs and line "
                         "breaks are allowed"));
            continue;
        }
        const int limit = m_specs[c].freeText ? maxFreeTextLength : maxNameLength;
        // Bytes first: a UTF-8 character is at least one byte, so only a long field is counted.
        if (f.size() > static_cast<std::size_t>(limit)) {
            const qsizetype length =
                QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())).size();
            if (length > limit)
                row.issue(static_cast<int>(c), QString(),
                          tr("%1 characters; at most %2 are allowed here").arg(length).arg(limit));
        }
    }
}

bool CsvImport::onRecord(const CsvRecord &record)
{
    if (!m_haveHeader) {
        m_stop = takeHeader(record);
        return m_stop.ok();
    }
    ++m_summary.read;
    Row row;
    row.m_import = this;
    row.m_record = &record;
    checkShape(row);
    if (!row.ok()) {
        m_stop = reject(row);
        return m_stop.ok();
    }
    auto outcome = m_handleRow(row);
    notePeople(row);
    if (!outcome) {
        m_stop = makeError(outcome.error().kind,
                           tr("Line %1: %2").arg(record.line()).arg(outcome.error().message),
                           outcome.error().detail);
        return false;
    }
    if (!row.ok()) {
        m_stop = reject(row);
        return m_stop.ok();
    }
    switch (*outcome) {
    case Outcome::Inserted:
        ++m_summary.inserted;
        break;
    case Outcome::Updated:
        ++m_summary.updated;
        break;
    case Outcome::Unchanged:
        ++m_summary.unchanged;
        break;
    }
    return true;
}

void CsvImport::notePeople(const Row &row)
{
    static constexpr std::size_t maxPeopleKept = 500;
    for (const auto &[column, value] : row.m_unknownPeople) {
        const QString key = headerOf(column) + QChar(0x1f) + value;
        auto it = m_unknownPersonIndex.constFind(key);
        if (it == m_unknownPersonIndex.constEnd()) {
            if (m_summary.unknownPeople.size() >= maxPeopleKept)
                continue;
            it = m_unknownPersonIndex.insert(key, m_summary.unknownPeople.size());
            m_summary.unknownPeople.push_back({value, headerOf(column), 0, {}, false});
        }
        UnknownPerson &p = m_summary.unknownPeople[*it];
        ++p.rows;
        p.created = p.created || row.m_peopleCreated;
        if (p.lines.size() < static_cast<std::size_t>(UnknownPerson::maxLinesKept))
            p.lines.push_back(row.line());
    }
}

Result<ImportSummary> CsvImport::run(const RowHandler &handleRow, const Prepare &prepare,
                                     const Finish &finish, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto format = CsvFile::sniff(m_path, m_options.encoding);
    if (!format)
        return format.error();
    m_summary.encoding = format->encoding;
    m_summary.delimiter = format->delimiter;
    m_summary.spreadsheet = format->spreadsheet;
    m_handleRow = handleRow;
    m_prepare = prepare;
    if (auto s = m_db.checkTables(QStringList(m_tablesWritten) << QStringLiteral("audit_log")); !s)
        return s.error();

    // Rows are written as they are checked, inside this transaction: a strict import that
    // meets a problem keeps going (to report every problem, and duplicates against the rows
    // already written) and rolls back at the end.
    std::optional<ForeignKeysSuspended> noForeignKeyChecks; // outlives the transaction
    if (m_referencesByConstruction)
        noForeignKeyChecks.emplace(m_db);
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    bool cancelled = false;
    const Status read = CsvFile::read(
        m_path, *format, [this](const CsvRecord &r) { return onRecord(r); },
        [&](qint64 done, qint64 total) {
            cancelled = progress && !progress(done, total);
            return !cancelled;
        },
        [this](int line) { m_invalidLines.insert(line); });
    if (!read)
        return read.error();
    if (!m_stop)
        return m_stop.error();
    if (cancelled)
        return makeError(ErrorKind::Cancelled,
                         tr("The import was cancelled; nothing was imported."));
    if (!m_haveHeader)
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1” is empty: a header row is required.").arg(QDir::toNativeSeparators(m_path)));

    m_summary.committed = !m_options.dryRun && (m_summary.rejected == 0 || m_options.skipInvalid);
    if (m_summary.committed) {
        if (finish)
            if (auto s = finish(m_summary); !s)
                return s.error();
        // Written before the commit: if the rejected rows cannot be saved, nothing is imported.
        if (m_rejectedFile)
            if (auto s = m_rejectedFile->commit(); !s)
                return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    } else {
        tx.rollback();
        m_summary.rejectedPath.clear();
    }
    if (progress)
        progress(format->size, format->size);
    m_summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return m_summary;
}

std::optional<bool> CsvImport::parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
        t == QLatin1String("y") || t == QString::fromUtf8("是"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
        t == QLatin1String("n") || t == QString::fromUtf8("否"))
        return false;
    return std::nullopt;
}

QString CsvImport::headerKey(const QString &header)
{
    QString key = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.removeIf(
        [](QChar c) { return c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'); });
    return key;
}

Result<std::vector<int>> CsvImport::matchHeader(const QStringList &header,
                                                const std::vector<ColumnSpec> &specs,
                                                const ColumnMapping &mapping,
                                                const std::vector<int> &required,
                                                QStringList &warnings)
{
    std::vector<int> fileColumn(specs.size(), -1);
    // Headers that only an export alias recognises: (column, rank of the alias, file column).
    struct Guess {
        std::size_t spec;
        int rank;
        int column;
    };
    std::vector<Guess> guesses;
    std::vector<QStringList> aliasKeys(specs.size());
    for (std::size_t c = 0; c < specs.size(); ++c)
        if (specs[c].aliases)
            for (const QString &a : QString::fromUtf8(specs[c].aliases).split(QLatin1Char('|')))
                aliasKeys[c] << headerKey(a);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        const QString mapped = mapping.headers.value(name.toLower(), name);
        if (mapped == QLatin1String("-"))
            continue; // mapped to nothing on purpose
        const QString key = headerKey(mapped);
        bool known = false;
        for (std::size_t c = 0; c < specs.size(); ++c) {
            if (key == headerKey(QLatin1String(specs[c].name)) ||
                key == headerKey(QString::fromUtf8(specs[c].alias))) {
                // Two columns for one (customer,customer or order_id,工单号): which one is meant
                // cannot be guessed, and taking either drops the other without a word.
                if (fileColumn[c] >= 0)
                    return makeError(
                        ErrorKind::InvalidInput,
                        tr("Line 1: the columns “%1” (column %2) and “%3” (column %4) are both "
                           "%5; keep one, or map the other to something else.")
                            .arg(header[fileColumn[c]].trimmed())
                            .arg(fileColumn[c] + 1)
                            .arg(name)
                            .arg(i + 1)
                            .arg(QLatin1String(specs[c].name)));
                fileColumn[c] = i;
                known = true;
            }
        }
        if (known)
            continue;
        for (std::size_t c = 0; c < specs.size() && !known; ++c) {
            const auto rank = aliasKeys[c].indexOf(key);
            if (rank >= 0) {
                guesses.push_back({c, static_cast<int>(rank), i});
                known = true;
            }
        }
        if (!known && !name.isEmpty()) // an empty header is a trailing delimiter, not a column
            warnings << tr("Column “%1” is not one ServiceLens knows; it was ignored.").arg(name);
    }
    // An export's own header fills a column that no header names outright; when two could, the
    // more telling one is taken and the other named (a mapping chooses otherwise).
    std::stable_sort(guesses.begin(), guesses.end(),
                     [](const Guess &a, const Guess &b) { return a.rank < b.rank; });
    for (const Guess &g : guesses) {
        const QString name = header[g.column].trimmed();
        if (fileColumn[g.spec] < 0) {
            fileColumn[g.spec] = g.column;
            continue;
        }
        warnings << tr("Column “%1” could also be %2, but “%3” is taken for it; map it to "
                       "choose otherwise. It was ignored.")
                        .arg(name, QLatin1String(specs[g.spec].name),
                             header[fileColumn[g.spec]].trimmed());
    }
    for (int r : required)
        if (fileColumn[static_cast<std::size_t>(r)] < 0)
            return makeError(ErrorKind::InvalidInput,
                             tr("Line 1: the required column “%1” (%2) is missing.")
                                 .arg(QLatin1String(specs[static_cast<std::size_t>(r)].name),
                                      QString::fromUtf8(specs[static_cast<std::size_t>(r)].alias)));
    return fileColumn;
}

} // namespace servicelens::io
