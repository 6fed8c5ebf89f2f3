// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLogStates.h"

#include "EventImporter.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace servicelens::flow {

const QString &EventLogStates::ignore()
{
    static const QString code = QStringLiteral("ignore");
    return code;
}

const QStringList &EventLogStates::codes()
{
    static const QStringList codes = {QStringLiteral("received"),
                                      QStringLiteral("analysed"),
                                      QStringLiteral("solution"),
                                      QStringLiteral("implemented"),
                                      QStringLiteral("followed_up"),
                                      QStringLiteral("closed"),
                                      QStringLiteral("waiting_parts"),
                                      QStringLiteral("waiting_customer"),
                                      ignore()};
    return codes;
}

QString EventLogStates::suggested(const QString &sourceState)
{
    const QString s = sourceState.trimmed().toCaseFolded();
    if (codes().contains(s))
        return s;
    auto has = [&](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (s.contains(QString::fromUtf8(w).toCaseFolded()))
                return true;
        return false;
    };
    // Waits first: "Awaiting Vendor" is not "in progress".
    if (has({"vendor", "parts", "supplier", "material", "备件", "配件", "待料", "等件"}))
        return QStringLiteral("waiting_parts");
    if (has({"awaiting", "waiting", "pending", "on hold", "user info", "customer", "待客户",
             "等待客户", "待回复", "待确认", "挂起"}))
        return QStringLiteral("waiting_customer");
    if (has({"closed", "cancel", "关闭", "已结", "结单", "结案", "取消"}))
        return QStringLiteral("closed");
    if (has({"follow", "回访"}))
        return QStringLiteral("followed_up");
    if (has({"resolved", "solved", "fixed", "done", "complete", "已解决", "已完成", "完工",
             "已修复", "维修完成"}))
        return QStringLiteral("implemented");
    if (has({"solution", "quote", "方案", "报价"}))
        return QStringLiteral("solution");
    if (has({"reopen", "重开", "返修"}))
        return QStringLiteral("analysed");
    if (has({"new", "open", "created", "submitted", "registered", "新建", "已受理", "受理",
             "待处理", "已提交", "创建"}))
        return QStringLiteral("received");
    if (has({"active", "progress", "assigned", "work", "diagnos", "处理中", "维修中", "诊断",
             "检测", "已派工", "已接单"}))
        return QStringLiteral("analysed");
    if (s == QLatin1String("-100"))
        return ignore();
    return {};
}

Result<std::vector<std::pair<QString, qint64>>>
EventLogStates::valueCounts(const QString &path, const io::CsvFile::Format &format, int fileColumn,
                            int limit)
{
    QHash<QString, qint64> counts;
    bool header = true;
    const Status read = io::CsvFile::read(path, format, [&](const io::CsvRecord &record) {
        if (header) {
            header = false;
            return true;
        }
        const QString value = record.text(fileColumn).trimmed();
        auto it = counts.find(value);
        if (it != counts.end())
            ++*it;
        else if (counts.size() < limit)
            counts.insert(value, 1);
        return true;
    });
    if (!read)
        return read.error();
    std::vector<std::pair<QString, qint64>> out(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

bool EventLogStates::looksLikeEventLog(const QStringList &header,
                                       const std::vector<io::CsvRow> &rows)
{
    QStringList warnings;
    const io::ImportShape &shape = EventImporter::shape();
    auto matched = io::CsvImport::matchHeader(header, shape.columns, {}, {}, warnings);
    if (!matched)
        return false;
    for (int c : shape.required)
        if ((*matched)[static_cast<std::size_t>(c)] < 0)
            return false;
    // The order id is the shape's first required column.
    const int idColumn = (*matched)[static_cast<std::size_t>(shape.required.front())];
    QSet<QString> seen;
    for (const io::CsvRow &row : rows) {
        const QString id = row.fields.value(idColumn).trimmed();
        if (!id.isEmpty() && seen.contains(id))
            return true;
        seen.insert(id);
    }
    return false;
}

} // namespace servicelens::flow
