// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace servicelens {

// A head-office store on a PostgreSQL server, named as FORMATS.md says:
// postgresql://user[:password]@host[:port]/dbname[?sslmode=…&connect_timeout=…]. Without a
// password in the URL, libpq's own ways apply (PGPASSWORD, ~/.pgpass), so none need be typed
// on a command line. The URL is shown to people without its password.
struct StoreUrl {
    Q_DECLARE_TR_FUNCTIONS(StoreUrl)

public:
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    // libpq connection options after '?', as QPSQL takes them ("sslmode=require;…").
    QString options;

    // Whether `store` names a PostgreSQL store rather than a workbook file.
    static bool isPostgres(const QString &store);
    static Result<StoreUrl> parse(const QString &store);
    // The URL without its password, for messages and titles.
    QString shown() const;
};

} // namespace servicelens
