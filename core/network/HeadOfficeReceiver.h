// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackFile.h"

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::network {

struct ReceiveOutcome {
    PackManifest pack;
    qint64 inserted = 0;
    qint64 updated = 0; // replaced or removed
    qint64 unchanged = 0;
};

// A branch receives head office's pack (PackWriter::writeHeadOffice): what head office owns
// replaces the branch's copy — the calendar of each year it lists, the SLA policies, the
// targets — and the inspection templates, surveys and courses the branch lacks are added (a
// list is versioned: one the branch has is never changed under its records). One transaction,
// after the pack is verified; the same pack twice changes nothing; one audit record.
class HeadOfficeReceiver final {
    Q_DECLARE_TR_FUNCTIONS(HeadOfficeReceiver)

public:
    explicit HeadOfficeReceiver(Database &db)
        : m_db(db)
    {}

    Result<ReceiveOutcome> receive(const QString &packPath);

private:
    Status apply(ReceiveOutcome &outcome);

    Database &m_db;
};

} // namespace servicelens::network
