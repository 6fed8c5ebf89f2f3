// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import pipeline on any bytes: encoding and delimiter sniffing, libcsv, header matching,
// every row check, and the writes of a dry run (rolled back). The first byte picks the kind of
// file and the options. Promises checked beyond "no crash, no undefined behaviour": a dry run
// leaves the workbook as it was, and the counts add up.
#include "FuzzSupport.h"

#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

#include <QFile>

using namespace servicelens;

namespace {

qint64 rows(Database &db, const char *table)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.scalar()->toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::FuzzWorkbook fx;
    if (size < 1)
        return 0;
    static const std::vector<ImportKind> kinds = Importers::kinds();
    const ImportKind kind = kinds[data[0] % kinds.size()];
    io::ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = (data[0] & 0x10) != 0;
    options.encoding = (data[0] & 0x20) ? io::Encoding::Gb18030 : io::Encoding::Auto;

    const QString path = fx.dir.filePath(QStringLiteral("输入.csv"));
    {
        QFile f(path);
        FUZZ_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(reinterpret_cast<const char *>(data + 1), static_cast<qint64>(size - 1));
    }
    Database &db = fx.workbook->database();
    const qint64 orders = rows(db, "service_order");
    const qint64 staff = rows(db, "staff");
    const qint64 audit = rows(db, "audit_log");
    auto summary = Importers::run(kind, db, path, options);
    if (summary) {
        FUZZ_REQUIRE(summary->inserted + summary->updated + summary->unchanged +
                         summary->rejected ==
                     summary->read);
        FUZZ_REQUIRE(summary->issueCount >= summary->rejected);
    }
    FUZZ_REQUIRE(rows(db, "service_order") == orders);
    FUZZ_REQUIRE(rows(db, "staff") == staff);
    FUZZ_REQUIRE(rows(db, "audit_log") == audit);
    QFile::remove(path + QStringLiteral(".rejected.csv"));
    return 0;
}
