// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::org {

// Fault codes (故障代码), a list head office owns (FORMATS.md `import faults`): a two-level
// tree, each code in a group (故障大类), with names in Chinese and English.
struct FaultGroup {
    qint64 id = 0;
    QString uid;
    QString name;   // 制冷系统
    QString nameEn; // Refrigeration (optional)

    QJsonObject toJson() const;
};

struct FaultCode {
    qint64 id = 0;
    QString uid;
    QString code;   // E1-03
    QString name;   // 压缩机不启动
    QString nameEn; // Compressor does not start (optional)
    QString group;  // a group's name, or empty

    QJsonObject toJson() const;
};

struct FaultCodeList {
    std::vector<FaultGroup> groups; // by name
    std::vector<FaultCode> codes;   // by code

    const FaultCode *find(const QString &code) const;
};

// What a file or a person writes for a fault, read as a code of the list: the code itself in
// any case and width ("r01", "Ｒ01"), or the code's name in Chinese or English (a helpdesk's
// export often carries the fault's name). Built once, asked for every row.
class FaultCodeIndex final {
public:
    explicit FaultCodeIndex(const FaultCodeList &list);
    // The code, or empty when nothing in the list is written so.
    QString codeOf(const QString &text) const;
    bool isEmpty() const { return m_codes.isEmpty(); }

private:
    QHash<QString, QString> m_codes; // key of a code or name → code
};

// The list in a workbook or store, read and changed with an audit record for every change.
class FaultCatalogue final {
    Q_DECLARE_TR_FUNCTIONS(FaultCatalogue)

public:
    explicit FaultCatalogue(Database &db)
        : m_db(db)
    {}

    Result<FaultCodeList> load() const;
    // By name and code: a new one is added, a known one updated. A code's group is added to the
    // list when new. Returns whether anything changed.
    Result<bool> saveGroup(const FaultGroup &group);
    Result<bool> saveCode(const FaultCode &code);

private:
    Database &m_db;
};

} // namespace servicelens::org
