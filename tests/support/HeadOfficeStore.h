// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostgresServer.h"
#include "TestSupport.h"

#include "workbook/Workbook.h"

namespace servicelens::test {

// A new head office's store: a workbook `name`.servicelens in `dir`, or a new database of the
// test program's PostgreSQL server, for the tests that run on both engines.
inline std::unique_ptr<Workbook> createHeadOfficeStore(const TempFolder &dir, const QString &name,
                                                       const Clock &clock, bool onPostgres)
{
    static int databases = 0;
    QString path = dir.file(name + QStringLiteral(".servicelens"));
    if (onPostgres) {
        PostgresServer &server = PostgresServer::shared();
        INFO(server.failure().toStdString());
        REQUIRE(server.running());
        path = server.createDatabase(QStringLiteral("store_%1").arg(++databases));
        REQUIRE_FALSE(path.isEmpty());
    }
    NewWorkbook spec;
    spec.headOffice = true;
    Database::Options o;
    o.clock = &clock;
    auto wb = Workbook::create(path, spec, o);
    INFO((wb ? QString() : wb.error().message + wb.error().detail).toStdString());
    REQUIRE(wb.ok());
    REQUIRE((*wb)->isHeadOffice());
    REQUIRE((*wb)->database().isPostgres() == onPostgres);
    return std::move(*wb);
}

} // namespace servicelens::test
