// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceCase.h"

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::knowledge {

// Cases as JSON (docs/formats.md, "Case library"): what `servicelens cases export` writes and
// `cases import` reads, to share a library between branches and head office. A case is known by
// its uid (by its title when the file gives none): a known case is updated, becoming its next
// version when its content changed. A file with a problem anywhere is refused whole, naming
// the path (cases[2].title).
class CaseJson final {
    Q_DECLARE_TR_FUNCTIONS(CaseJson)

public:
    static constexpr const char *format = "servicelens-cases";
    static constexpr int formatVersion = 1;

    struct Imported {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    static Result<QByteArray> exportAll(Database &db, bool withRetired = true);
    static Result<std::vector<ServiceCase>> read(const QByteArray &json);
    static Result<Imported> importFile(Database &db, const QString &path);
};

} // namespace servicelens::knowledge
