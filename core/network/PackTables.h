// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace servicelens::network {

// What a pack carries, table by table (docs/head-office.md): the one description both the pack
// writer and the merge read, so a column added to a workbook table is added here once.
//
// A pack holds rows without their integer ids, which differ in every file:
// - a row a branch owns is known by its uid; a column referring to such a row holds its uid;
// - a shared row (templates, surveys, courses: head office's lists) is known by its natural key
//   (code and version…); a column referring to one holds the row's id in the branch's file, a
//   number that means something inside the pack only (`pack_id`), mapped at the merge;
// - a child row (answers, stage events…) belongs to its parent and travels with it: when a
//   parent is merged, its children are replaced by the pack's.
struct PackReference {
    const char *column; // an integer id column of the table
    const char *table;  // the table it refers to
};

struct PackTable {
    enum class Kind { Shared, Owned, Child };
    Kind kind = Kind::Owned;
    const char *name = nullptr;
    // Columns copied as they are, without id, branch_id and the references.
    const char *columns = nullptr;
    std::vector<PackReference> references;
    bool hasBranch = false;             // has a branch_id column (the pack's branch)
    const char *parentColumn = nullptr; // Child: the reference to its parent
    const char *naturalKey = nullptr;   // Shared: the columns that identify it, references included

    // Whether a column holds bytes (a photo): JSON carries it as hex.
    static bool isBlob(const QByteArray &column);
    // `columns` split, trimmed.
    std::vector<QByteArray> columnList() const;
};

// A table of head office's own records that a head-office pack carries whole to the branches
// (calendar, SLA policies, targets), with the rows it takes.
struct HeadOfficeTable {
    // The cases a head-office pack publishes: approved once, approved or retired now.
    static constexpr const char *publishedCase = "approved_at IS NOT NULL AND status <> 'draft'";

    const char *name;
    const char *columns;
    const char *where;
    // The workbook format whose packs first carried it; 0: every pack. An earlier pack lacks
    // it (network/PackUpgrade).
    int since = 0;
};

class PackTables final {
public:
    static const std::vector<HeadOfficeTable> &headOffice();
    // In an order where every table comes after the tables it refers to.
    static const std::vector<PackTable> &all();
    static const PackTable *find(const QString &name);
    static bool isSharedTable(const char *table);

    // The expression that turns a workbook's reference into the pack's (uid or pack_id), for a
    // row aliased `t` in the workbook's `main` schema.
    static QByteArray packedReference(const PackReference &r);
    // The expression that turns a pack's reference into the store's id, for a pack row aliased
    // `x`: an owned row by uid, a shared row through the map the merge built (temp.map_<table>).
    static QByteArray storeReference(const PackReference &r, const char *alias = "x");
    // The SELECT list that reads a table's rows in pack form from a workbook (alias `t`).
    static QByteArray packSelectList(const PackTable &table);
    // A json_object(...) of a row with references as the pack names them (owned rows by uid,
    // shared rows by the store's id): `ownedRef` turns an owned reference column into a uid.
    // `alias` names the row; `inPack` says whether it is a pack row (references already uids)
    // or a store row.
    static QByteArray jsonObject(const PackTable &table, const char *alias, bool inPack,
                                 bool postgres = false);
};

} // namespace servicelens::network
